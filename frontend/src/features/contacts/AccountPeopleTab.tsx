import { Alert, Anchor, Button, Card, Group, List, MultiSelect, SegmentedControl, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { DebouncedTextInput } from '../../components/DebouncedTextInput';
import { formatDate, humanize } from '../../components/format';
import { ListFooter } from '../../components/ListFooter';
import { useListUrlState } from '../../components/list-url-state';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { SortableTh } from '../../components/SortableTh';
import { Truncated } from '../../components/Truncated';
import type { Account } from '../accounts/api';
import { useMe } from '../auth/api';
import { useAccountTeam } from '../accounts/team-api';
import { isCurrentMember } from '../accounts/team-model';
import { canWriteContacts } from '../auth/permissions';
import { ALL_LIMIT, useAccountContacts, useAllAccountContacts, useAllBusinessUnits, type Contact } from './api';
import { BuyingRoleBadge, InfluenceDots, LeftBadge, MapLegend, StanceBadge } from './badges';
import { BusinessUnitsCard } from './BusinessUnitsCard';
import { DeleteContactModal, EditContactModal, NewContactModal } from './ContactModals';
import { contactFiltersCodec, emptyContactFilters, hasActiveFilters, type ContactFilters } from './filters';
import { buyingRoleOptions, unitOptions } from './labels';
import { OrgList } from './OrgList';

// The graph library is loaded only when the map is shown.
const StakeholderMap = lazy(() => import('./StakeholderMap').then((m) => ({ default: m.StakeholderMap })));

const PAGE_SIZE = 25;

/** The account's coverage against its tier's rule: the warning with the server's reasons, or a quiet line. */
export function CoverageStatus({
  account,
}: {
  account: Pick<Account, 'tier' | 'singleThreaded' | 'singleThreadedReasons' | 'decisionContacts' | 'businessUnitsCovered'>;
}) {
  if (!account.singleThreaded) {
    const d = account.decisionContacts;
    const u = account.businessUnitsCovered;
    return (
      <Text size="sm" c="dimmed">
        Coverage: {d} {d === 1 ? 'contact' : 'contacts'} with a decision role, current contacts in {u} business {u === 1 ? 'unit' : 'units'}.
      </Text>
    );
  }
  return (
    <Alert color="orange" title="Single-threaded" role="status" aria-live="polite">
      <Text size="sm" mb={4}>
        This {humanize(account.tier)} account hangs on too few people: losing one of them could lose the account.
      </Text>
      <List size="sm" spacing={2}>
        {account.singleThreadedReasons.map((r) => (
          <List.Item key={r}>{r}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

function StakeholderMapCard({ contacts, complete, total }: { contacts: readonly Contact[] | undefined; complete: boolean; total: number | null }) {
  const [view, setView] = useState<'chart' | 'list'>('chart');
  return (
    <Card withBorder component="section" aria-labelledby="map-title">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <div>
          <Title order={3} size="h4" id="map-title">
            Stakeholder map
          </Title>
          <Text size="sm" c="dimmed">
            Who reports to whom, and where each person stands.
          </Text>
        </div>
        <SegmentedControl
          size="xs"
          aria-label="Show the map as"
          value={view}
          onChange={(v) => setView(v as 'chart' | 'list')}
          data={[
            { value: 'chart', label: 'Org chart' },
            { value: 'list', label: 'List' },
          ]}
        />
      </Group>
      {!contacts ? (
        <Skeleton height={view === 'chart' ? 520 : 160} />
      ) : contacts.length === 0 ? (
        <EmptyState title="Nobody to map yet">Add contacts and whom they report to; the map draws the reporting lines.</EmptyState>
      ) : (
        <Stack gap="sm">
          {view === 'chart' ? (
            <Suspense fallback={<Skeleton height={520} />}>
              <StakeholderMap contacts={contacts} height={contacts.length > 20 ? 680 : 520} />
            </Suspense>
          ) : (
            <OrgList contacts={contacts} />
          )}
          <MapLegend />
          {!complete && (
            <Text size="xs" c="dimmed">
              The map shows the first {ALL_LIMIT.toLocaleString('en-US')} of {total?.toLocaleString('en-US') ?? 'more'} contacts, by name.
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}

type Dialog = { kind: 'new' } | { kind: 'edit' | 'delete'; id: string } | null;

function ContactsTable({ account, canEdit }: { account: Account; canEdit: boolean }) {
  const { filters, setFilters, paging } = useListUrlState(contactFiltersCodec, { prefix: 'people' });
  const list = useAccountContacts(account.id, filters, paging.cursor, PAGE_SIZE);
  const units = useAllBusinessUnits(account.id);
  const unitData = useMemo(() => unitOptions(units.data?.items ?? []), [units.data]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const items = list.data?.items ?? [];
  // Read from the list on every render, so that "Reload latest version" shows the new version.
  const dialogContact = dialog && dialog.kind !== 'new' ? items.find((c) => c.id === dialog.id) : undefined;
  const filtered = hasActiveFilters(filters);
  const writable = canEdit && !account.archived;
  const columns = writable ? 8 : 7;

  return (
    <Card withBorder component="section" aria-labelledby="contacts-title" p={0}>
      <Group justify="space-between" p="md" pb="xs">
        <Title order={3} size="h4" id="contacts-title">
          Contacts
        </Title>
        {writable && (
          <Button size="xs" onClick={() => setDialog({ kind: 'new' })}>
            New contact
          </Button>
        )}
      </Group>
      <Group px="md" pb="sm" gap="sm" align="flex-end" wrap="wrap" component="section" aria-label="Contact filters">
        <DebouncedTextInput label="Search" placeholder="Name or email" value={filters.q} onChange={(q) => setFilters({ q })} w={220} />
        <MultiSelect
          label="Buying role"
          placeholder={filters.buyingRole.length ? undefined : 'Any role'}
          data={buyingRoleOptions}
          value={filters.buyingRole}
          onChange={(v) => setFilters({ buyingRole: v as ContactFilters['buyingRole'] })}
          clearable
          w={240}
        />
        <MultiSelect
          label="Business unit"
          placeholder={filters.businessUnitId.length ? undefined : 'Any unit'}
          data={unitData}
          value={filters.businessUnitId}
          onChange={(businessUnitId) => setFilters({ businessUnitId })}
          searchable
          clearable
          nothingFoundMessage="No matching unit"
          w={240}
        />
        <SegmentedControl
          aria-label="Show"
          size="sm"
          value={filters.status || 'all'}
          onChange={(v) => setFilters({ status: v === 'all' ? '' : (v as ContactFilters['status']) })}
          data={[
            { value: 'all', label: 'Everyone' },
            { value: 'current', label: 'Current' },
            { value: 'left', label: 'Left' },
          ]}
        />
        {filtered && (
          <Button variant="subtle" size="xs" mb={4} onClick={() => setFilters({ ...emptyContactFilters, desc: filters.desc })}>
            Clear filters
          </Button>
        )}
      </Group>
      {list.isError && !list.data ? (
        <Stack p="md">
          <ErrorState error={list.error} onRetry={() => void list.refetch()} title="Could not load the contacts" />
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="xs" highlightOnHover aria-label={`Contacts of ${account.name}`} aria-busy={list.isFetching}>
            <Table.Thead>
              <Table.Tr>
                <SortableTh direction={filters.desc ? 'desc' : 'asc'} onSort={() => setFilters({ desc: !filters.desc })}>
                  Name
                </SortableTh>
                <Table.Th>Business unit</Table.Th>
                <Table.Th>Buying role</Table.Th>
                <Table.Th>Influence</Table.Th>
                <Table.Th>Stance</Table.Th>
                <Table.Th>Reports to</Table.Th>
                <Table.Th>Last touch</Table.Th>
                {writable && (
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.isPending &&
                [0, 1, 2].map((i) => (
                  <Table.Tr key={i}>
                    <Table.Td colSpan={columns}>
                      <Skeleton height={16} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              {items.map((c) => (
                <Table.Tr key={c.id} style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Truncated text={c.name} maw="16rem">
                        <Anchor component={Link} to={`/contacts/${c.id}`} fw={600} size="sm" c={c.leftCompanyOn ? 'dimmed' : undefined}>
                          {c.name}
                        </Anchor>
                      </Truncated>
                      {c.leftCompanyOn && <LeftBadge />}
                    </Group>
                    <Text size="xs" c="dimmed" component="div">
                      {c.leftCompanyOn ? `Left ${formatDate(c.leftCompanyOn)}` : <Truncated text={c.title ?? ''} maw="16rem" />}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {c.businessUnitName ? (
                      <Truncated text={c.businessUnitName} maw="12rem" />
                    ) : (
                      <Text span c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td miw={150}>
                    <BuyingRoleBadge role={c.buyingRole} />
                  </Table.Td>
                  <Table.Td>
                    <InfluenceDots influence={c.influence} />
                  </Table.Td>
                  <Table.Td>
                    <StanceBadge stance={c.stance} />
                  </Table.Td>
                  <Table.Td>
                    {c.reportsToId ? (
                      <Truncated text={c.reportsToName ?? ''} maw="12rem">
                        <Anchor component={Link} to={`/contacts/${c.reportsToId}`} size="sm">
                          {c.reportsToName}
                        </Anchor>
                      </Truncated>
                    ) : (
                      <Text span c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="last-touch">
                    {c.lastTouchAt ? (
                      formatDate(c.lastTouchAt)
                    ) : (
                      <Text span c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  {writable && (
                    <Table.Td>
                      <Group gap={6} justify="flex-end" wrap="nowrap">
                        <Button size="compact-sm" variant="default" onClick={() => setDialog({ kind: 'edit', id: c.id })} aria-label={`Edit ${c.name}`}>
                          Edit
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          onClick={() => setDialog({ kind: 'delete', id: c.id })}
                          aria-label={`Delete ${c.name}`}
                        >
                          Delete
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.isSuccess && items.length === 0 && !paging.hasPrevious && (
        <EmptyState title={filtered ? 'No contact matches these filters' : 'No contacts yet'}>
          {filtered
            ? 'Change or clear the filters to see more.'
            : writable
              ? 'Add the people you deal with: decision makers, champions, users and the skeptics too.'
              : 'The account’s owner or team adds the people they deal with.'}
        </EmptyState>
      )}
      <ListFooter query={list} paging={paging} itemCount={items.length} label={['contact', 'contacts']} pagerWhen="notEmpty" showPageError />
      {dialog?.kind === 'new' && <NewContactModal account={account} opened onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && dialogContact && (
        <EditContactModal contact={dialogContact} opened onClose={() => setDialog(null)} onReload={() => list.refetch()} />
      )}
      {dialog?.kind === 'delete' && dialogContact && <DeleteContactModal contact={dialogContact} opened onClose={() => setDialog(null)} />}
    </Card>
  );
}

/** The account page's People tab: coverage, business units, the stakeholder map and the contacts. */
export function AccountPeopleTab({ account }: { account: Account }) {
  const me = useMe().data;
  const team = useAccountTeam(account.id);
  const canEdit = canWriteContacts(me, account.ownerId, isCurrentMember(team.data, me?.user.id));
  const all = useAllAccountContacts(account.id);
  return (
    <Stack gap="md">
      <CoverageStatus account={account} />
      <BusinessUnitsCard account={account} contacts={all.data?.items} canEdit={canEdit} />
      {all.isError ? (
        <ErrorState error={all.error} onRetry={() => void all.refetch()} title="Could not load the stakeholder map" />
      ) : (
        <StakeholderMapCard contacts={all.data?.items} complete={all.data?.complete ?? true} total={all.data?.total ?? null} />
      )}
      <ContactsTable account={account} canEdit={canEdit} />
    </Stack>
  );
}
