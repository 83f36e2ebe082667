import { Anchor, Button, Card, Group, SegmentedControl, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';
import { formatDate, formatMoney } from '../../components/format';
import { ListFooter } from '../../components/ListFooter';
import { useListUrlState, type ListUrlCodec } from '../../components/list-url-state';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { useOpportunities } from './api';
import { EventBadge, StageBadge, TypeBadge } from './badges';
import { emptyOpportunityFilters, type OpportunityFilters } from './filters';
import { GrowthPanel } from './GrowthPanel';
import { NewOpportunityModal } from './OpportunityFormModal';
import { useMe } from '../auth/api';
import { canWriteOpportunities } from '../auth/permissions';
import { Truncated } from '../../components/Truncated';

const PAGE_SIZE = 20;

type Status = OpportunityFilters['status'];

/** `?opps.status=closed|all`; open when absent. */
const statusCodec: ListUrlCodec<{ status: Status }> = {
  parse: (sp) => {
    const s = sp.get('status');
    return { status: s === 'all' ? '' : s === 'closed' ? 'closed' : 'open' };
  },
  serialize: ({ status }) => new URLSearchParams(status === 'open' ? '' : { status: status || 'all' }),
};

/** The account page's opportunities: its growth target and its opportunities, with "New opportunity" for this account. */
export function AccountOpportunities({ account }: { account: { id: string; name: string; archived?: boolean; ownerId?: string | null } }) {
  const me = useMe().data;
  const canCreate = canWriteOpportunities(me, account.ownerId);
  const {
    filters: { status },
    setFilters,
    paging,
  } = useListUrlState(statusCodec, { prefix: 'opps' });
  const filters: OpportunityFilters = { ...emptyOpportunityFilters, accountId: [account.id], status };
  const list = useOpportunities(filters, paging.cursor, PAGE_SIZE);
  const [newOpened, newModal] = useDisclosure(false);
  const items = list.data?.items ?? [];

  return (
    <Stack gap="md">
      <GrowthPanel accountId={account.id} />
      <Card withBorder component="section" aria-labelledby="account-opps-title" p={0}>
        <Group justify="space-between" p="md" pb="xs">
          <Title order={3} size="h4" id="account-opps-title">
            Opportunities
          </Title>
          <Group gap="sm">
            <SegmentedControl
              size="xs"
              aria-label="Show"
              value={status || 'all'}
              onChange={(v) => setFilters({ status: v === 'all' ? '' : (v as 'open' | 'closed') })}
              data={[
                { value: 'open', label: 'Open' },
                { value: 'closed', label: 'Closed' },
                { value: 'all', label: 'All' },
              ]}
            />
            {!account.archived && canCreate && (
              <Button size="xs" onClick={newModal.open}>
                New opportunity
              </Button>
            )}
          </Group>
        </Group>
        {list.isError && !list.data ? (
          <Stack p="md">
            <ErrorState error={list.error} onRetry={() => void list.refetch()} title="Could not load the opportunities" />
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" highlightOnHover aria-label={`Opportunities of ${account.name}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Opportunity</Table.Th>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>Stage</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>Amount</Table.Th>
                  <Table.Th>Close date</Table.Th>
                  <Table.Th>Owner</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.isPending &&
                  [0, 1, 2].map((i) => (
                    <Table.Tr key={i}>
                      <Table.Td colSpan={6}>
                        <Skeleton height={16} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                {items.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Truncated text={o.title}>
                          <Anchor component={Link} to={`/opportunities/${o.id}`} fw={600} size="sm">
                            {o.title}
                          </Anchor>
                        </Truncated>
                        {o.compellingEvent && <EventBadge event={o.compellingEvent} size="xs" />}
                      </Group>
                    </Table.Td>
                    <Table.Td miw={100}>
                      <TypeBadge type={o.type} />
                    </Table.Td>
                    <Table.Td miw={160}>
                      <Group gap={6} wrap="nowrap">
                        <StageBadge stage={o.stage} />
                        <Text size="xs" c="dimmed">
                          {o.probability}%
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatMoney(o.amount)}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{o.closed ? `closed ${formatDate(o.closedAt)}` : formatDate(o.expectedCloseDate)}</Table.Td>
                    <Table.Td>
                      {o.ownerName ? (
                        <Truncated text={o.ownerName} maw="14rem" />
                      ) : (
                        <Text span c="dimmed">
                          Unassigned
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {list.isSuccess && items.length === 0 && (
          <EmptyState title={status === 'closed' ? 'Nothing closed yet' : status === 'open' ? 'No open opportunities' : 'No opportunities yet'}>
            {account.archived
              ? 'Archived accounts get no new opportunities.'
              : canCreate
                ? 'Record an upsell, cross-sell or renewal with “New opportunity”.'
                : 'The account’s owner or a manager records upsells, cross-sells and renewals here.'}
          </EmptyState>
        )}
        <ListFooter query={list} paging={paging} itemCount={items.length} label={['opportunity', 'opportunities']} pagerWhen="severalPages" />
      </Card>
      <NewOpportunityModal opened={newOpened} onClose={newModal.close} account={account} navigateToCreated={false} />
    </Stack>
  );
}
