import { Anchor, Button, Card, Group, MultiSelect, Paper, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { SkeletonRows } from '../../components/SkeletonRows';
import { Link } from 'react-router';
import { api, must, type Schemas } from '../../api/client';
import { TierBadge, tierOptions } from '../../components/badges';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { ListFooter } from '../../components/ListFooter';
import { useListUrlState, type ListPaging } from '../../components/list-url-state';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { SortableTh } from '../../components/SortableTh';
import { UserMultiSelect } from '../users/UserSelect';
import { useQbrs } from './api';
import {
  emptyQbrFilters,
  hasActiveQbrFilters,
  parseQbrSort,
  qbrListQuery,
  qbrPageCodec,
  sortToParam,
  toggleQbrSort,
  type FailingFilter,
  type QbrFilters,
  type QbrSortField,
} from './filters';
import { FollowUpBadge, GradeBadge, OverdueBadge, QbrStatusBadge, qbrStatusOptions } from './QbrBadges';
import { Truncated } from '../../components/Truncated';
import { DownloadCsvButton } from '../../components/DownloadCsvButton';

const PAGE_SIZE = 50;
type Tier = Schemas['Tier'];

const failingOptions: { value: FailingFilter; label: string }[] = [
  { value: 'any', label: 'Any result' },
  { value: 'failing', label: 'Failing (below B)' },
  { value: 'passing', label: 'Passing (B or better)' },
];

interface ViewProps {
  filters: QbrFilters;
  update: (patch: Partial<QbrFilters>) => void;
  paging: ListPaging;
}

function RoundsView({ filters, update, paging }: ViewProps) {
  const qbrs = useQbrs(filters, paging.cursor, PAGE_SIZE);
  const items = qbrs.data?.items ?? [];
  const filtered = hasActiveQbrFilters(filters);
  const direction = (field: QbrSortField) => (filters.sort.field === field ? (filters.sort.desc ? 'desc' : 'asc') : null);
  const sortBy = (field: QbrSortField) => update({ sort: toggleQbrSort(filters.sort, field) });

  return (
    <>
      <Paper withBorder p="md" mb="md" component="section" aria-label="Filters">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <MultiSelect
            label="Status"
            placeholder={filters.status.length ? undefined : 'Any status'}
            data={qbrStatusOptions}
            value={filters.status}
            onChange={(v) => update({ status: v as QbrFilters['status'] })}
            clearable
            w={230}
          />
          <Select
            label="Result"
            data={failingOptions}
            value={filters.failing}
            onChange={(v) => update({ failing: (v as FailingFilter) ?? 'any' })}
            allowDeselect={false}
            w={200}
          />
          <UserMultiSelect label="Owner" value={filters.ownerId} onChange={(ownerId) => update({ ownerId })} w={220} />
          <MultiSelect
            label="Tier"
            placeholder={filters.tier.length ? undefined : 'Any tier'}
            data={tierOptions}
            value={filters.tier}
            onChange={(v) => update({ tier: v as Tier[] })}
            clearable
            w={200}
          />
          <DateInput
            label="Answered from"
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            clearable
            value={filters.answeredFrom || null}
            onChange={(v) => update({ answeredFrom: v ?? '' })}
            maxDate={filters.answeredTo || undefined}
            w={160}
          />
          <DateInput
            label="Answered to"
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            clearable
            value={filters.answeredTo || null}
            onChange={(v) => update({ answeredTo: v ?? '' })}
            minDate={filters.answeredFrom || undefined}
            w={160}
          />
          <Select
            label="Order"
            data={[
              { value: '-createdAt', label: 'Newest first' },
              { value: '-scheduledFor', label: 'Scheduled, latest first' },
              { value: 'scheduledFor', label: 'Scheduled, earliest first' },
              { value: '-answeredAt', label: 'Answered, latest first' },
              { value: 'answeredAt', label: 'Answered, earliest first' },
            ]}
            value={sortToParam(filters.sort)}
            onChange={(v) => update({ sort: parseQbrSort(v) })}
            allowDeselect={false}
            w={210}
          />
          {filtered && (
            <Button variant="subtle" size="xs" mb={4} onClick={() => update({ ...emptyQbrFilters, sort: filters.sort })}>
              Clear filters
            </Button>
          )}
        </Group>
      </Paper>

      <Card withBorder p={0}>
        {qbrs.isError && !qbrs.data ? (
          <Stack p="md">
            <ErrorState error={qbrs.error} onRetry={() => void qbrs.refetch()} title="Could not load QBRs" />
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={1100}>
            <Table striped highlightOnHover verticalSpacing="sm" aria-label="QBRs" aria-busy={qbrs.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Account</Table.Th>
                  <Table.Th>Tier</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Sent</Table.Th>
                  <SortableTh direction={direction('scheduledFor')} onSort={() => sortBy('scheduledFor')}>
                    Scheduled
                  </SortableTh>
                  <SortableTh direction={direction('answeredAt')} onSort={() => sortBy('answeredAt')}>
                    Answered
                  </SortableTh>
                  <Table.Th>Grade</Table.Th>
                  <Table.Th>NPS</Table.Th>
                  <Table.Th>Follow-up</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {qbrs.isPending && <SkeletonRows columns={10} />}
                {items.map((q) => (
                  <Table.Tr key={q.id} style={{ opacity: qbrs.isPlaceholderData ? 0.6 : 1 }} bg={q.failing ? 'var(--mantine-color-red-light)' : undefined}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Truncated text={q.accountName}>
                          <Anchor component={Link} to={`/accounts/${q.accountId}?tab=qbrs`} fw={600}>
                            {q.accountName}
                          </Anchor>
                        </Truncated>
                        {q.accountQbrOverdue && <OverdueBadge label="Overdue" />}
                      </Group>
                      <Text size="xs" c="dimmed" component="div">
                        <Truncated text={q.respondentName} />
                      </Text>
                    </Table.Td>
                    <Table.Td miw={120}>
                      <TierBadge tier={q.tier} />
                    </Table.Td>
                    <Table.Td>
                      {q.ownerName ? (
                        <Truncated text={q.ownerName} maw="14rem" />
                      ) : (
                        <Text span c="dimmed">
                          Unassigned
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td miw={120}>
                      <QbrStatusBadge status={q.status} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(q.sentAt)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(q.scheduledFor)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(q.answeredAt)}</Table.Td>
                    <Table.Td>
                      <GradeBadge grade={q.overallGrade} size="sm" />
                    </Table.Td>
                    <Table.Td>
                      {q.npsScore ?? (
                        <Text span c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td miw={150}>
                      <FollowUpBadge status={q.followUpStatus} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {qbrs.isSuccess && items.length === 0 && (
          <EmptyState title={filtered ? 'No QBR matches these filters' : 'No QBRs yet'}>
            {filtered ? 'Change or clear the filters to see more.' : 'Schedule one from an account page, on its QBRs tab.'}
          </EmptyState>
        )}
        <ListFooter query={qbrs} paging={paging} itemCount={items.length} label={['QBR', 'QBRs']} showPageError pagerWhen="notEmpty" />
      </Card>
    </>
  );
}

function useOverdueAccounts(filters: Pick<QbrFilters, 'ownerId' | 'tier'>, cursor: string | undefined) {
  return useQuery({
    queryKey: ['accounts', 'list', 'qbr-overdue', filters.ownerId, filters.tier, cursor ?? null],
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/accounts', {
          params: {
            query: {
              qbrOverdue: true,
              archived: false,
              sort: 'nextQbrDue,name',
              limit: PAGE_SIZE,
              ...(filters.ownerId.length ? { ownerId: filters.ownerId } : {}),
              ...(filters.tier.length ? { tier: filters.tier } : {}),
              ...(cursor ? { cursor } : {}),
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

function daysOverdue(due: string): number {
  const today = new Date();
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const [y, m, d] = due.split('-').map(Number);
  return Math.round((start - Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)) / 86_400_000);
}

function OverdueView({ filters, update, paging }: ViewProps) {
  const accounts = useOverdueAccounts(filters, paging.cursor);
  const items = accounts.data?.items ?? [];
  const filtered = filters.ownerId.length > 0 || filters.tier.length > 0;
  return (
    <>
      <Paper withBorder p="md" mb="md" component="section" aria-label="Filters">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <UserMultiSelect label="Owner" value={filters.ownerId} onChange={(ownerId) => update({ ownerId })} w={240} />
          <MultiSelect
            label="Tier"
            placeholder={filters.tier.length ? undefined : 'Any tier'}
            data={tierOptions}
            value={filters.tier}
            onChange={(v) => update({ tier: v as Tier[] })}
            clearable
            w={220}
          />
        </Group>
      </Paper>
      <Card withBorder p={0}>
        {accounts.isError && !accounts.data ? (
          <Stack p="md">
            <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} title="Could not load overdue accounts" />
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={800}>
            <Table striped highlightOnHover verticalSpacing="sm" aria-label="Accounts with an overdue QBR" aria-busy={accounts.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Account</Table.Th>
                  <Table.Th>Tier</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>QBR was due</Table.Th>
                  <Table.Th>Last QBR</Table.Th>
                  <Table.Th>Last grade</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {accounts.isPending && <SkeletonRows columns={6} rows={1} />}
                {items.map((a) => {
                  const days = daysOverdue(a.nextQbrDue);
                  return (
                    <Table.Tr key={a.id} style={{ opacity: accounts.isPlaceholderData ? 0.6 : 1 }}>
                      <Table.Td>
                        <Truncated text={a.name}>
                          <Anchor component={Link} to={`/accounts/${a.id}?tab=qbrs`} fw={600}>
                            {a.name}
                          </Anchor>
                        </Truncated>
                      </Table.Td>
                      <Table.Td miw={100}>
                        <TierBadge tier={a.tier} />
                      </Table.Td>
                      <Table.Td>
                        {a.ownerName ? (
                          <Truncated text={a.ownerName} maw="14rem" />
                        ) : (
                          <Text span c="dimmed">
                            Unassigned
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Group gap={6} wrap="nowrap">
                          {formatDate(a.nextQbrDue)}
                          <OverdueBadge label={`${days} day${days === 1 ? '' : 's'} overdue`} />
                        </Group>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {a.lastQbrAt ? (
                          formatDate(a.lastQbrAt)
                        ) : (
                          <Text span c="dimmed" size="sm">
                            Never
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <GradeBadge grade={a.lastQbrGrade} size="sm" />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {accounts.isSuccess && items.length === 0 && (
          <EmptyState title={filtered ? 'No overdue account matches these filters' : 'No QBR is overdue'}>
            {filtered ? 'Change or clear the filters to see more.' : 'Every account has had its QBR within its tier’s cadence.'}
          </EmptyState>
        )}
        <ListFooter query={accounts} paging={paging} itemCount={items.length} label={['overdue account', 'overdue accounts']} pagerWhen="notEmpty" />
      </Card>
    </>
  );
}

export function QbrsPage() {
  const { filters, setFilters, paging } = useListUrlState(qbrPageCodec);
  const view = filters.view;

  return (
    <>
      <PageHeader
        title="QBRs"
        description={
          view === 'overdue'
            ? 'Accounts whose next QBR is past due, the longest overdue first.'
            : 'Grade survey rounds across accounts: status, result and follow-up.'
        }
        actions={
          <>
            <SegmentedControl
              aria-label="View"
              value={view}
              onChange={(v) => setFilters({ view: v === 'overdue' ? 'overdue' : 'rounds' })}
              data={[
                { value: 'rounds', label: 'All rounds' },
                { value: 'overdue', label: 'Overdue accounts' },
              ]}
            />
            {view === 'rounds' && <DownloadCsvButton path="/api/v1/qbrs" query={qbrListQuery(filters, undefined, PAGE_SIZE)} />}
          </>
        }
      />
      {view === 'overdue' ? (
        <OverdueView filters={filters} update={setFilters} paging={paging} />
      ) : (
        <RoundsView filters={filters} update={setFilters} paging={paging} />
      )}
    </>
  );
}
