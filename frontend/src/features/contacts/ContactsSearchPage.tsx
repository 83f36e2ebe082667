import { Anchor, Button, Card, Group, MultiSelect, Paper, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { DebouncedTextInput } from '../../components/DebouncedTextInput';
import { formatDate } from '../../components/format';
import { ListFooter } from '../../components/ListFooter';
import { useListUrlState } from '../../components/list-url-state';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { SkeletonRows } from '../../components/SkeletonRows';
import { SortableTh } from '../../components/SortableTh';
import { Truncated } from '../../components/Truncated';
import { useAccount } from '../accounts/api';
import { AccountSelect } from '../accounts/AccountSelect';
import { useMe } from '../auth/api';
import { canImport } from '../auth/permissions';
import { useContacts } from './api';
import { BuyingRoleBadge, LeftBadge, StanceBadge } from './badges';
import { contactFiltersCodec, contactListQuery, emptyContactFilters, hasActiveFilters, type ContactFilters } from './filters';
import { DownloadCsvButton } from '../../components/DownloadCsvButton';
import { buyingRoleOptions } from './labels';

const PAGE_SIZE = 50;

/** Everyone at every customer, by name or email, with the buying role and account to narrow it. */
export function ContactsSearchPage() {
  const me = useMe().data;
  const { filters, setFilters, paging } = useListUrlState(contactFiltersCodec);
  const list = useContacts(filters, paging.cursor, PAGE_SIZE);
  // The account filter's label when the page opens from a link.
  const account = useAccount(filters.accountId[0] ?? '', !!filters.accountId[0]);
  const items = list.data?.items ?? [];
  const filtered = hasActiveFilters(filters);

  return (
    <>
      <PageHeader
        title="Contacts"
        description="The people at your customers. Add them on an account’s People tab."
        actions={
          <>
            <DownloadCsvButton path="/api/v1/contacts" query={contactListQuery(filters, undefined, PAGE_SIZE)} />
            {canImport(me, 'CONTACTS') && (
              <Button component={Link} to="/contacts/import" variant="default">
                Import CSV
              </Button>
            )}
          </>
        }
      />
      <Paper withBorder p="md" mb="md" component="section" aria-label="Filters">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <DebouncedTextInput label="Search" placeholder="Name or email" value={filters.q} onChange={(q) => setFilters({ q })} w={260} data-autofocus />
          <MultiSelect
            label="Buying role"
            placeholder={filters.buyingRole.length ? undefined : 'Any role'}
            data={buyingRoleOptions}
            value={filters.buyingRole}
            onChange={(v) => setFilters({ buyingRole: v as ContactFilters['buyingRole'] })}
            clearable
            w={260}
          />
          <div style={{ width: 260 }}>
            <AccountSelect
              label="Account"
              value={filters.accountId[0] ?? null}
              valueLabel={account.data?.name ?? null}
              onChange={(id) => setFilters({ accountId: id ? [id] : [] })}
            />
          </div>
          <SegmentedControl
            aria-label="Show"
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
      </Paper>

      <Card withBorder p={0}>
        {list.isError && !list.data ? (
          <Stack p="md">
            <ErrorState error={list.error} onRetry={() => void list.refetch()} title="Could not load contacts" />
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={1000}>
            <Table striped highlightOnHover verticalSpacing="sm" aria-label="Contacts" aria-busy={list.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <SortableTh direction={filters.desc ? 'desc' : 'asc'} onSort={() => setFilters({ desc: !filters.desc })}>
                    Name
                  </SortableTh>
                  <Table.Th>Account</Table.Th>
                  <Table.Th>Business unit</Table.Th>
                  <Table.Th>Buying role</Table.Th>
                  <Table.Th>Stance</Table.Th>
                  <Table.Th>Email</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.isPending && <SkeletonRows columns={6} />}
                {items.map((c) => (
                  <Table.Tr key={c.id} style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Truncated text={c.name} maw="18rem">
                          <Anchor component={Link} to={`/contacts/${c.id}`} fw={600} c={c.leftCompanyOn ? 'dimmed' : undefined}>
                            {c.name}
                          </Anchor>
                        </Truncated>
                        {c.leftCompanyOn && <LeftBadge />}
                      </Group>
                      <Text size="xs" c="dimmed" component="div">
                        {c.leftCompanyOn ? `Left ${formatDate(c.leftCompanyOn)}` : <Truncated text={c.title ?? ''} maw="18rem" />}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Truncated text={c.accountName} maw="16rem">
                        <Anchor component={Link} to={`/accounts/${c.accountId}?tab=people`} size="sm">
                          {c.accountName}
                        </Anchor>
                      </Truncated>
                    </Table.Td>
                    <Table.Td>
                      {c.businessUnitName ? (
                        <Truncated text={c.businessUnitName} maw="14rem" />
                      ) : (
                        <Text span c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td miw={120}>
                      <BuyingRoleBadge role={c.buyingRole} />
                    </Table.Td>
                    <Table.Td>
                      <StanceBadge stance={c.stance} />
                    </Table.Td>
                    <Table.Td>
                      {c.email ? (
                        <Truncated text={c.email} maw="18rem">
                          <Anchor href={`mailto:${c.email}`} size="sm">
                            {c.email}
                          </Anchor>
                        </Truncated>
                      ) : (
                        <Text span c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {list.isSuccess && items.length === 0 && !paging.hasPrevious && (
          <EmptyState title={filtered ? 'No contact matches' : 'No contacts yet'}>
            {filtered ? 'Check the spelling, or change or clear the filters.' : 'Add the people you deal with on each account’s People tab.'}
          </EmptyState>
        )}
        {list.data?.totalIsEstimate && (
          <Text size="sm" c="dimmed" mt="sm">
            More contacts match than a search lists; add to the search (a surname, a company domain) to narrow it.
          </Text>
        )}
        <ListFooter query={list} paging={paging} itemCount={items.length} label={['contact', 'contacts']} showPageError />
      </Card>
    </>
  );
}
