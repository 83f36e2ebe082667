import { Anchor, Badge, Button, Card, Group, SegmentedControl, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../components/format';
import { ListFooter } from '../../components/ListFooter';
import { useListUrlState, type ListUrlCodec } from '../../components/list-url-state';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { Truncated } from '../../components/Truncated';
import { useMe } from '../auth/api';
import { canWorkOnAccount, canWriteOpportunities } from '../auth/permissions';
import { useAccountTeam } from '../accounts/team-api';
import { isCurrentMember } from '../accounts/team-model';
import { NewContactModal } from '../contacts/ContactModals';
import { NewOpportunityModal } from '../opportunities/OpportunityFormModal';
import { eventKeys, useAccountEvents, useUpdateEvent, type AccountEvent, type EventListFilters } from './api';
import { NewEventModal, ReviewEventModal } from './EventModals';
import { EVENT_LABEL, STATUS_COLOR, STATUS_LABEL, reviewDays } from './model';

const PAGE_SIZE = 20;

type Show = 'review' | 'all';

/** `?events.show=all`; the events to review when absent. */
const showCodec: ListUrlCodec<{ show: Show }> = {
  parse: (sp) => ({ show: sp.get('show') === 'all' ? 'all' : 'review' }),
  serialize: ({ show }) => new URLSearchParams(show === 'all' ? { show: 'all' } : {}),
};

export function StatusBadge({ event }: { event: Pick<AccountEvent, 'status' | 'reviewOverdue'> }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={STATUS_COLOR[event.status]} variant="light" size="sm" tt="none">
        {STATUS_LABEL[event.status]}
      </Badge>
      {event.reviewOverdue && (
        <Badge color="red" variant="filled" size="sm" tt="none">
          Review overdue
        </Badge>
      )}
    </Group>
  );
}

interface AccountRef {
  id: string;
  name: string;
  tier?: string | null;
  ownerId?: string | null;
  archived?: boolean;
}

/** The account page's Events tab: compelling events, their review, and the opportunities and contacts they lead to. */
export function AccountEventsTab({ account }: { account: AccountRef }) {
  const me = useMe().data;
  const team = useAccountTeam(account.id);
  const canWrite = canWorkOnAccount(me, account.ownerId, 'events:write', isCurrentMember(team.data, me?.user.id)) && !account.archived;
  const canCreateOpportunity = canWriteOpportunities(me, account.ownerId) && !account.archived;
  const {
    filters: { show },
    setFilters,
    paging,
  } = useListUrlState(showCodec, { prefix: 'events' });
  const filters: EventListFilters = { status: show === 'review' ? ['NEW'] : [], reviewOverdue: null };
  const list = useAccountEvents(account.id, filters, paging.cursor, PAGE_SIZE);
  const items = list.data?.items ?? [];
  const [newOpened, newModal] = useDisclosure(false);
  const [reviewing, setReviewing] = useState<AccountEvent | null>(null);
  const [opportunityFrom, setOpportunityFrom] = useState<AccountEvent | null>(null);
  const [contactFor, setContactFor] = useState<AccountEvent | null>(null);
  const update = useUpdateEvent();
  const queryClient = useQueryClient();

  return (
    <Card withBorder component="section" aria-labelledby="account-events-title" p={0}>
      <Group justify="space-between" p="md" pb="xs">
        <div>
          <Title order={3} size="h4" id="account-events-title">
            Compelling events
          </Title>
          <Text size="xs" c="dimmed">
            What happens at the customer. Review each new one within {reviewDays(account.tier)} days.
          </Text>
        </div>
        <Group gap="sm">
          <SegmentedControl
            size="xs"
            aria-label="Show"
            value={show}
            onChange={(v) => setFilters({ show: v as Show })}
            data={[
              { value: 'review', label: 'To review' },
              { value: 'all', label: 'All' },
            ]}
          />
          {canWrite && (
            <Button size="xs" onClick={newModal.open}>
              Record event
            </Button>
          )}
        </Group>
      </Group>
      {list.isError && !list.data ? (
        <Stack p="md">
          <ErrorState error={list.error} onRetry={() => void list.refetch()} title="Could not load the events" />
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="xs" aria-label={`Compelling events of ${account.name}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>What happened</Table.Th>
                <Table.Th>About</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.isPending &&
                [0, 1, 2].map((i) => (
                  <Table.Tr key={i}>
                    <Table.Td colSpan={5}>
                      <Skeleton height={16} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              {items.map((e) => (
                <Table.Tr key={e.id} aria-label={`${EVENT_LABEL[e.type]} on ${formatDate(e.occurredOn)}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(e.occurredOn)}</Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Group gap={6}>
                        <Text fw={600} size="sm">
                          {EVENT_LABEL[e.type]}
                        </Text>
                        {e.source === 'API' && (
                          <Badge size="xs" variant="outline" color="gray" tt="none">
                            from an integration
                          </Badge>
                        )}
                      </Group>
                      {e.description && (
                        <Truncated text={e.description} maw="28rem">
                          <Text span size="sm">
                            {e.description}
                          </Text>
                        </Truncated>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {e.contactId ? (
                      <Anchor component={Link} to={`/contacts/${e.contactId}`} size="sm">
                        {e.contactName}
                      </Anchor>
                    ) : (
                      <Text span size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <StatusBadge event={e} />
                      {e.status === 'NEW' ? (
                        <Text size="xs" c="dimmed">
                          Review by {formatDate(e.reviewDueAt)}
                        </Text>
                      ) : (
                        e.reviewNote && (
                          <Truncated text={e.reviewNote} maw="16rem">
                            <Text span size="xs" c="dimmed">
                              {e.reviewNote}
                            </Text>
                          </Truncated>
                        )
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {e.opportunityId && (
                        <Anchor component={Link} to={`/opportunities/${e.opportunityId}`} size="sm">
                          Open the opportunity
                        </Anchor>
                      )}
                      {canCreateOpportunity && (
                        <Button size="compact-xs" variant={e.status === 'NEW' ? 'filled' : 'light'} onClick={() => setOpportunityFrom(e)}>
                          Create opportunity
                        </Button>
                      )}
                      {canWrite && e.status !== 'OPPORTUNITY_CREATED' && (
                        <Button size="compact-xs" variant="light" onClick={() => setReviewing(e)}>
                          {e.status === 'NEW' ? 'Review' : 'Change review'}
                        </Button>
                      )}
                      {canWrite && e.type === 'NEW_EXECUTIVE' && !e.contactId && (
                        <Button size="compact-xs" variant="default" onClick={() => setContactFor(e)}>
                          Add this person as a contact
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.isSuccess && items.length === 0 && (
        <EmptyState title={show === 'review' ? 'Nothing to review' : 'No events yet'}>
          {show === 'review' ? 'Every event on this account has been reviewed.' : 'Record acquisitions, funding rounds, new executives and the like here.'}
        </EmptyState>
      )}
      <ListFooter query={list} paging={paging} itemCount={items.length} label={['event', 'events']} />

      <NewEventModal account={account} opened={newOpened} onClose={newModal.close} />
      <ReviewEventModal event={reviewing} onClose={() => setReviewing(null)} />
      <NewOpportunityModal
        opened={!!opportunityFrom}
        onClose={() => setOpportunityFrom(null)}
        account={account}
        fromEvent={opportunityFrom ?? undefined}
        onCreated={() => void queryClient.invalidateQueries({ queryKey: eventKeys.all })}
      />
      {contactFor && (
        <NewContactModal
          account={account}
          opened
          onClose={() => setContactFor(null)}
          prefill={{ title: contactFor.description ?? '' }}
          onCreated={(contact) => {
            update.mutate(
              { id: contactFor.id, version: contactFor.version, patch: { contactId: contact.id } },
              {
                onError: () =>
                  notifications.show({
                    color: 'red',
                    title: 'Contact added, event not linked',
                    message: 'Reload the events and pick the contact on the event.',
                  }),
              },
            );
          }}
        />
      )}
    </Card>
  );
}
