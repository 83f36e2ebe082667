import { Anchor, Button, Card, Group, MultiSelect, Paper, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SkeletonRows } from '../../components/SkeletonRows';
import { Link } from 'react-router';
import { api, must } from '../../api/client';
import { formatDate, formatMoney, moneySymbol } from '../../components/format';
import { useListUrlState } from '../../components/list-url-state';
import { NumberField } from '../../components/NumberField';
import { checkNumber, readNumber, type NumberLimits } from '../../components/number-check';
import { PageHeader } from '../../components/PageHeader';
import { ListFooter } from '../../components/ListFooter';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { SortableTh } from '../../components/SortableTh';
import { accountKeys } from '../accounts/api';
import { AccountSelect } from '../accounts/AccountSelect';
import { UserMultiSelect } from '../users/UserSelect';
import { useOpportunities } from './api';
import { EventBadge, StageBadge, TypeBadge } from './badges';
import { emptyOpportunityFilters, hasActiveFilters, listQuery, opportunityFiltersCodec, type OpportunityFilters, type SortField } from './filters';
import { eventOptions, stageOptions, typeOptions } from './model';
import { NewOpportunityModal } from './OpportunityFormModal';
import { useMe } from '../auth/api';
import { canCreateOpportunity } from '../auth/permissions';
import { Truncated } from '../../components/Truncated';
import { DownloadCsvButton } from '../../components/DownloadCsvButton';

const PAGE_SIZE = 50;
/** An amount filter: money, so no negatives and at most cents. */
const MIN_AMOUNT: NumberLimits = { minimum: 0, fractionDigits: 2 };

/** The account filter's label when the page opens from a link. */
function useAccountName(id: string | undefined) {
  return useQuery({
    queryKey: accountKeys.detail(id ?? ''),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/accounts/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: !!id,
    select: (a) => a.name,
  });
}

function MinAmountFilter({ value, onChange }: { value: number | ''; onChange: (v: number | '') => void }) {
  const [local, setLocal] = useState<number | string>(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setLocal(value);
  }
  // The filter applies only what fits; anything else stays in the field with the reason, and the list is unfiltered.
  const problem = checkNumber(local, MIN_AMOUNT);
  const emit = useDebouncedCallback((v: number | string) => onChange(checkNumber(v, MIN_AMOUNT) ? '' : (readNumber(v) ?? '')), 400);
  return (
    <NumberField
      label="Amount at least"
      prefix={moneySymbol()}
      thousandSeparator=","
      value={local}
      onChange={(v) => {
        setLocal(v);
        emit(v);
      }}
      error={problem}
      w={160}
    />
  );
}

export function OpportunitiesListPage() {
  const { filters, setFilters: update, paging } = useListUrlState(opportunityFiltersCodec);
  const list = useOpportunities(filters, paging.cursor, PAGE_SIZE);
  const accountName = useAccountName(filters.accountId[0]);
  const [newOpened, newModal] = useDisclosure(false);
  const canCreate = canCreateOpportunity(useMe().data);

  const direction = (field: SortField) => (filters.sort.field === field ? (filters.sort.desc ? 'desc' : 'asc') : null);
  const sortBy = (field: SortField) =>
    update({ sort: filters.sort.field === field ? { field, desc: !filters.sort.desc } : { field, desc: field !== 'expectedCloseDate' } });

  const items = list.data?.items ?? [];
  const filtered = hasActiveFilters(filters);

  return (
    <>
      <PageHeader
        title="Opportunities"
        description="Upsells, cross-sells and renewals with your accounts."
        actions={
          <>
            <Button component={Link} to="/pipeline" variant="default">
              Pipeline board
            </Button>
            <DownloadCsvButton path="/api/v1/opportunities" query={listQuery(filters, undefined, PAGE_SIZE)} />
            {canCreate && <Button onClick={newModal.open}>New opportunity</Button>}
          </>
        }
      />

      <Paper withBorder p="md" mb="md" component="section" aria-label="Filters">
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <SegmentedControl
              aria-label="Status"
              value={filters.status || 'all'}
              onChange={(v) => update({ status: v === 'all' ? '' : (v as 'open' | 'closed') })}
              data={[
                { value: 'open', label: 'Open' },
                { value: 'closed', label: 'Closed' },
                { value: 'all', label: 'All' },
              ]}
            />
            <div style={{ width: 240 }}>
              <AccountSelect
                label="Account"
                value={filters.accountId[0] ?? null}
                valueLabel={accountName.data ?? null}
                onChange={(id) => update({ accountId: id ? [id] : [] })}
              />
            </div>
            <MultiSelect
              label="Type"
              placeholder={filters.type.length ? undefined : 'Any type'}
              data={typeOptions}
              value={filters.type}
              onChange={(v) => update({ type: v as OpportunityFilters['type'] })}
              clearable
              w={220}
            />
            <MultiSelect
              label="Stage"
              placeholder={filters.stage.length ? undefined : 'Any stage'}
              data={stageOptions}
              value={filters.stage}
              onChange={(v) => update({ stage: v as OpportunityFilters['stage'] })}
              clearable
              w={240}
            />
            <UserMultiSelect label="Owner" value={filters.ownerId} onChange={(ownerId) => update({ ownerId })} w={220} />
          </Group>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <DateInput
              label="Closing from"
              valueFormat="YYYY-MM-DD"
              placeholder="YYYY-MM-DD"
              clearable
              value={filters.closeAfter || null}
              onChange={(v) => update({ closeAfter: v ?? '' })}
              maxDate={filters.closeBefore || undefined}
              w={160}
            />
            <DateInput
              label="Closing until"
              valueFormat="YYYY-MM-DD"
              placeholder="YYYY-MM-DD"
              clearable
              value={filters.closeBefore || null}
              onChange={(v) => update({ closeBefore: v ?? '' })}
              minDate={filters.closeAfter || undefined}
              w={160}
            />
            <MinAmountFilter value={filters.minAmount} onChange={(minAmount) => update({ minAmount })} />
            <MultiSelect
              label="Compelling event"
              placeholder={filters.compellingEventType.length ? undefined : 'Any'}
              data={eventOptions}
              value={filters.compellingEventType}
              onChange={(v) => update({ compellingEventType: v as OpportunityFilters['compellingEventType'] })}
              clearable
              w={240}
            />
            {filtered && (
              <Button variant="subtle" size="xs" mb={4} onClick={() => update({ ...emptyOpportunityFilters, sort: filters.sort })}>
                Clear filters
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>

      <Card withBorder p={0}>
        {list.isError && !list.data ? (
          <Stack p="md">
            <ErrorState error={list.error} onRetry={() => void list.refetch()} title="Could not load opportunities" />
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={1100}>
            <Table striped highlightOnHover verticalSpacing="sm" aria-label="Opportunities" aria-busy={list.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Opportunity</Table.Th>
                  <Table.Th>Account</Table.Th>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>Stage</Table.Th>
                  <SortableTh direction={direction('amount')} onSort={() => sortBy('amount')} align="right">
                    Amount
                  </SortableTh>
                  <Table.Th style={{ textAlign: 'right' }}>Weighted</Table.Th>
                  <SortableTh direction={direction('expectedCloseDate')} onSort={() => sortBy('expectedCloseDate')}>
                    Close date
                  </SortableTh>
                  <Table.Th>Owner</Table.Th>
                  <SortableTh direction={direction('updatedAt')} onSort={() => sortBy('updatedAt')}>
                    Updated
                  </SortableTh>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.isPending && <SkeletonRows columns={9} />}
                {items.map((o) => (
                  <Table.Tr key={o.id} style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
                    <Table.Td>
                      <Truncated text={o.title}>
                        <Anchor component={Link} to={`/opportunities/${o.id}`} fw={600}>
                          {o.title}
                        </Anchor>
                      </Truncated>
                      <Group gap={6} mt={2} wrap="nowrap">
                        {o.product && (
                          <Text size="xs" c="dimmed" component="div">
                            <Truncated text={o.product} maw="14rem" />
                          </Text>
                        )}
                        {o.compellingEvent && <EventBadge event={o.compellingEvent} size="xs" />}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Truncated text={o.accountName} maw="16rem">
                        <Anchor component={Link} to={`/accounts/${o.accountId}`} size="sm">
                          {o.accountName}
                        </Anchor>
                      </Truncated>
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
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatMoney(o.weightedAmount)}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(o.expectedCloseDate)}</Table.Td>
                    <Table.Td>
                      {o.ownerName ? (
                        <Truncated text={o.ownerName} maw="14rem" />
                      ) : (
                        <Text span c="dimmed">
                          Unassigned
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(o.updatedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {list.isSuccess && items.length === 0 && (
          <EmptyState title={filtered ? 'No opportunity matches these filters' : 'No open opportunities yet'}>
            {filtered
              ? 'Change or clear the filters to see more.'
              : canCreate
                ? 'Create the first one with “New opportunity”, or from an account page.'
                : 'Opportunities appear here once account managers record them.'}
          </EmptyState>
        )}
        <ListFooter query={list} paging={paging} itemCount={items.length} label={['opportunity', 'opportunities']} showPageError />
      </Card>
      <NewOpportunityModal opened={newOpened} onClose={newModal.close} />
    </>
  );
}
