import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  MultiSelect,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  TagsInput,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { SkeletonRows } from '../../components/SkeletonRows';
import { Link } from 'react-router';
import { errorMessage } from '../../api/problem';
import { LifecycleBadge, TierBadge, lifecycleOptions, tierOptions } from '../../components/badges';
import { DebouncedTextInput } from '../../components/DebouncedTextInput';
import { EMPTY, formatDate, formatMoney, orEmpty } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { ListFooter } from '../../components/ListFooter';
import { useListUrlState } from '../../components/list-url-state';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { SortableTh } from '../../components/SortableTh';
import { CountryMultiSelect } from '../../components/CountrySelect';
import { UserMultiSelect } from '../users/UserSelect';
import { useMe } from '../auth/api';
import { canCreateAccount, canImport, canWriteAccount } from '../auth/permissions';
import { accountListQuery, useAccounts, useRestoreAccount, type Account } from './api';
import { DownloadCsvButton } from '../../components/DownloadCsvButton';
import { accountFiltersCodec, emptyFilters, hasActiveFilters, toggleSort, type AccountFilters, type SortField } from './filters';
import { Truncated } from '../../components/Truncated';
import { riskFlagValues } from '../../api/schema';
import { RiskFlagChips } from '../risk/RiskFlagChips';
import { FLAG_LABELS } from '../risk/labels';

const flagOptions = riskFlagValues.map((f) => ({ value: f, label: FLAG_LABELS[f] }));

const PAGE_SIZE = 50;

/** In the Archived view: brings the account back into the list (the server refuses when its domain was taken or its owner is full). */
function RestoreButton({ account }: { account: Account }) {
  const restore = useRestoreAccount();
  return (
    <Button
      size="xs"
      variant="light"
      loading={restore.isPending}
      aria-label={`Restore ${account.name}`}
      onClick={() =>
        restore.mutate(account.id, {
          onSuccess: () => notifications.show({ color: 'green', title: 'Account restored', message: `${account.name} is back in the account list.` }),
          onError: (error) => notifications.show({ color: 'red', title: `${account.name} was not restored`, message: errorMessage(error) }),
        })
      }
    >
      Restore
    </Button>
  );
}

export function AccountsListPage() {
  const me = useMe().data;
  const { filters, setFilters: update, paging } = useListUrlState(accountFiltersCodec);
  const accounts = useAccounts(filters, paging.cursor, PAGE_SIZE);

  const direction = (field: SortField) => {
    const primary = filters.sort[0];
    return primary?.field === field ? (primary.desc ? 'desc' : 'asc') : null;
  };
  const sortBy = (field: SortField) => update({ sort: toggleSort(filters.sort, field) });

  const items = accounts.data?.items ?? [];
  const filtered = hasActiveFilters(filters);

  return (
    <>
      <PageHeader
        title="Accounts"
        description={
          filters.archived
            ? 'Archived accounts: out of the lists and the tier capacity, with all their history. Restore brings one back.'
            : 'Customers you manage, with their tier, owner and renewal.'
        }
        actions={
          <>
            <SegmentedControl
              aria-label="View"
              value={filters.archived ? 'archived' : 'current'}
              onChange={(v) => update({ archived: v === 'archived' })}
              data={[
                { value: 'current', label: 'Current' },
                { value: 'archived', label: 'Archived' },
              ]}
            />
            <DownloadCsvButton path="/api/v1/accounts" query={accountListQuery(filters, undefined, PAGE_SIZE)} />
            {canImport(me, 'ACCOUNTS') && (
              <Button component={Link} to="/accounts/import" variant="default">
                Import CSV
              </Button>
            )}
            {canCreateAccount(me) && (
              <Button component={Link} to="/accounts/new">
                New account
              </Button>
            )}
          </>
        }
      />

      <Paper withBorder p="md" mb="md" component="section" aria-label="Filters">
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <DebouncedTextInput
              label="Search"
              placeholder="Search accounts"
              value={filters.q}
              onChange={(q) => update({ q })}
              description="Name or domain contains, or exact external ID"
              w={260}
              type="search"
            />
            <MultiSelect
              label="Tier"
              placeholder={filters.tier.length ? undefined : 'Any tier'}
              data={tierOptions}
              value={filters.tier}
              onChange={(v) => update({ tier: v as AccountFilters['tier'] })}
              clearable
              w={220}
            />
            <UserMultiSelect label="Owner" value={filters.ownerId} onChange={(ownerId) => update({ ownerId })} w={240} />
            <MultiSelect
              label="Lifecycle"
              placeholder={filters.lifecycle.length ? undefined : 'Any stage'}
              data={lifecycleOptions}
              value={filters.lifecycle}
              onChange={(v) => update({ lifecycle: v as AccountFilters['lifecycle'] })}
              clearable
              w={240}
            />
            <TagsInput
              label="Industry"
              description="Any of these, in any case; Enter adds one"
              placeholder={filters.industry.length ? undefined : 'Any'}
              value={filters.industry}
              onChange={(industry) => update({ industry })}
              clearable
              w={200}
            />
            <TagsInput
              label="Territory"
              description="Any of these, in any case; Enter adds one"
              placeholder={filters.territory.length ? undefined : 'Any'}
              value={filters.territory}
              onChange={(territory) => update({ territory })}
              clearable
              w={200}
            />
            <CountryMultiSelect label="Country" value={filters.country} onChange={(country) => update({ country })} w={220} />
            <MultiSelect
              label="Risk flag"
              description="Any of these, not snoozed"
              placeholder={filters.flag.length ? undefined : 'Any'}
              data={flagOptions}
              value={filters.flag}
              onChange={(v) => update({ flag: v as AccountFilters['flag'] })}
              clearable
              w={260}
            />
            <Switch
              label="Only single-threaded"
              description="Fewer people than the tier needs"
              checked={filters.singleThreaded}
              onChange={(e) => update({ singleThreaded: e.currentTarget.checked })}
              mb={4}
            />
            <Switch
              label="Touch overdue"
              description="No logged touch within the tier's cadence"
              checked={filters.touchOverdue}
              onChange={(e) => update({ touchOverdue: e.currentTarget.checked })}
              mb={4}
            />
            <Switch
              label="Plan missing"
              description="KEY or STRATEGIC without an active plan"
              checked={filters.planMissing}
              onChange={(e) => update({ planMissing: e.currentTarget.checked })}
              mb={4}
            />
            <Switch
              label="Plan stale"
              description="Plan not reviewed within the QBR cadence"
              checked={filters.planStale}
              onChange={(e) => update({ planStale: e.currentTarget.checked })}
              mb={4}
            />
          </Group>
          {filtered && (
            <Group justify="flex-end">
              <Button variant="subtle" size="xs" onClick={() => update({ ...emptyFilters, archived: filters.archived, sort: filters.sort })}>
                Clear filters
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>

      <Card withBorder p={0}>
        {accounts.isError && !accounts.data ? (
          <Stack p="md">
            <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} title="Could not load accounts" />
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover verticalSpacing="sm" aria-label="Accounts" aria-busy={accounts.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <SortableTh direction={direction('name')} onSort={() => sortBy('name')}>
                    Name
                  </SortableTh>
                  <Table.Th>Tier</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Lifecycle</Table.Th>
                  <SortableTh direction={direction('arr')} onSort={() => sortBy('arr')} align="right">
                    ARR
                  </SortableTh>
                  <SortableTh direction={direction('renewalDate')} onSort={() => sortBy('renewalDate')}>
                    Renewal
                  </SortableTh>
                  <Table.Th>Industry</Table.Th>
                  <Table.Th>Territory</Table.Th>
                  <SortableTh direction={direction('flagCount')} onSort={() => sortBy('flagCount')}>
                    Risk flags
                  </SortableTh>
                  <SortableTh direction={direction('updatedAt')} onSort={() => sortBy('updatedAt')}>
                    Updated
                  </SortableTh>
                  {filters.archived && (
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {accounts.isPending && <SkeletonRows columns={filters.archived ? 11 : 10} />}
                {items.map((a) => (
                  <Table.Tr key={a.id} style={{ opacity: accounts.isPlaceholderData ? 0.6 : 1 }}>
                    <Table.Td>
                      <Truncated text={a.name}>
                        <Anchor component={Link} to={`/accounts/${a.id}`} fw={600}>
                          {a.name}
                        </Anchor>
                      </Truncated>
                      {a.domain && (
                        <Text size="xs" c="dimmed" component="div">
                          <Truncated text={a.domain} />
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td miw={110}>
                      <Group gap={4} wrap="nowrap">
                        <TierBadge tier={a.tier} />
                        {a.singleThreaded && (
                          <Tooltip label={a.singleThreadedReasons.join(' ')} multiline w={320}>
                            <Badge color="orange" variant="light" size="sm" tt="none" tabIndex={0}>
                              Single-threaded
                            </Badge>
                          </Tooltip>
                        )}
                        {a.touchOverdue && !a.archived && (
                          <Badge color="yellow" variant="light" size="sm" tt="none">
                            Touch overdue
                          </Badge>
                        )}
                        {(a.planMissing || a.planStale) && !a.archived && (
                          <Badge color="grape" variant="light" size="sm" tt="none">
                            {a.planMissing ? 'Plan missing' : 'Plan stale'}
                          </Badge>
                        )}
                      </Group>
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
                    <Table.Td miw={130}>
                      <LifecycleBadge lifecycle={a.lifecycle} />
                    </Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatMoney(a.arr)}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(a.renewalDate)}</Table.Td>
                    <Table.Td>
                      <Truncated text={orEmpty(a.industry)} maw="12rem" />
                    </Table.Td>
                    <Table.Td>
                      <Truncated text={orEmpty(a.territory)} maw="12rem" />
                    </Table.Td>
                    <Table.Td miw={160}>
                      <RiskFlagChips accountId={a.id} accountName={a.name} flags={a.riskFlags} canSnooze={canWriteAccount(me, a.ownerId)} size="xs" />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{a.updatedAt ? formatDate(a.updatedAt) : EMPTY}</Table.Td>
                    {filters.archived && <Table.Td ta="right">{a.archived && canWriteAccount(me, a.ownerId) && <RestoreButton account={a} />}</Table.Td>}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {accounts.isSuccess && items.length === 0 && (
          <EmptyState title={filtered ? 'No account matches these filters' : filters.archived ? 'No archived accounts' : 'No accounts yet'}>
            {filtered
              ? 'Change or clear the filters to see more.'
              : filters.archived
                ? 'An account archived from its page appears here, and Restore brings it back.'
                : canCreateAccount(me)
                  ? 'Create the first one with “New account”.'
                  : 'Accounts appear here once a manager or account manager creates them.'}
          </EmptyState>
        )}
        <ListFooter
          query={accounts}
          paging={paging}
          itemCount={items.length}
          label={filters.archived ? ['archived account', 'archived accounts'] : ['account', 'accounts']}
          showPageError
        />
      </Card>
    </>
  );
}
