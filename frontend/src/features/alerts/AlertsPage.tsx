import { Card, Group, MultiSelect, Paper, SegmentedControl, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { tierValues } from '../../api/schema';
import { humanize } from '../../components/format';
import { ListFooter } from '../../components/ListFooter';
import { useListUrlState } from '../../components/list-url-state';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { AccountSelect } from '../accounts/AccountSelect';
import { useAccount } from '../accounts/api';
import { useMe } from '../auth/api';
import { canManage, canWorkOnAccount } from '../auth/permissions';
import { UserSelect } from '../users/UserSelect';
import { useAlerts, type AlertRule, type AlertStatus, type RevenueAlert, type Tier } from './api';
import { ResolveAlertModal } from './AlertActions';
import { AlertsTable } from './AlertsTable';
import { alertFiltersCodec, ruleOptions, toAlertQuery } from './model';

const PAGE_SIZE = 25;

/** The revenue alerts inbox: new alerts first, for owners (mine) and managers (everyone's, by owner and tier). */
export function AlertsPage() {
  const me = useMe().data;
  const { filters, setFilters, paging } = useListUrlState(alertFiltersCodec);
  const query = useMemo(() => toAlertQuery(filters, me?.user.id), [filters, me]);
  const list = useAlerts(query, paging.cursor, PAGE_SIZE);
  const account = useAccount(filters.accountId[0] ?? '', !!filters.accountId[0]);
  const items = list.data?.items ?? [];
  const [resolving, setResolving] = useState<RevenueAlert | null>(null);
  const statusValue = filters.status.length === 1 ? filters.status[0]! : 'any';
  const canAct = (a: RevenueAlert) => canWorkOnAccount(me, a.accountOwnerId, 'revenue:write') || a.accountOwnerId === me?.user.id;

  return (
    <>
      <PageHeader
        title="Revenue alerts"
        description="Customers who stopped buying a product, buy less of it, or spend less than a year ago, from the billing figures. Acknowledge an alert when you take it up; resolve it with the cause once you know it."
      />
      <Paper withBorder p="md" mb="md" component="section" aria-label="Filters">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <SegmentedControl
            aria-label="Whose alerts"
            value={filters.mine ? 'mine' : 'everyone'}
            onChange={(v) => setFilters({ mine: v === 'mine', ownerId: [] })}
            data={[
              { value: 'mine', label: 'My accounts' },
              { value: 'everyone', label: 'Everyone' },
            ]}
          />
          <SegmentedControl
            aria-label="Status"
            value={statusValue}
            onChange={(v) => setFilters({ status: v === 'any' ? [] : [v as AlertStatus] })}
            data={[
              { value: 'NEW', label: 'New' },
              { value: 'ACKNOWLEDGED', label: 'Acknowledged' },
              { value: 'RESOLVED', label: 'Resolved' },
              { value: 'any', label: 'Any' },
            ]}
          />
          <MultiSelect
            label="Rule"
            placeholder={filters.rule.length ? undefined : 'Any rule'}
            data={ruleOptions}
            value={filters.rule}
            onChange={(v) => setFilters({ rule: v as AlertRule[] })}
            clearable
            w={260}
          />
          <MultiSelect
            label="Tier"
            placeholder={filters.tier.length ? undefined : 'Any tier'}
            data={tierValues.map((t) => ({ value: t, label: humanize(t) }))}
            value={filters.tier}
            onChange={(v) => setFilters({ tier: v as Tier[] })}
            clearable
            w={220}
          />
          <div style={{ width: 260 }}>
            <AccountSelect
              label="Account"
              value={filters.accountId[0] ?? null}
              valueLabel={account.data?.name ?? null}
              onChange={(id) => setFilters({ accountId: id ? [id] : [] })}
            />
          </div>
          {!filters.mine && canManage(me) && (
            <UserSelect label="Owner" value={filters.ownerId[0] ?? null} onChange={(id) => setFilters({ ownerId: id ? [id] : [] })} clearable w={240} />
          )}
        </Group>
      </Paper>
      <Card withBorder p={0}>
        {list.isError && !list.data ? (
          <Stack p="md">
            <ErrorState error={list.error} onRetry={() => void list.refetch()} title="Could not load the alerts" />
          </Stack>
        ) : (
          <AlertsTable
            alerts={items}
            pending={list.isPending}
            dimmed={list.isPlaceholderData}
            showAccount
            showReasons={false}
            canAct={canAct}
            onResolve={setResolving}
          />
        )}
        {list.isSuccess && items.length === 0 && !paging.hasPrevious && (
          <EmptyState title="No alerts here">Nothing matches these filters. New alerts appear shortly after billing sends new figures.</EmptyState>
        )}
        <ListFooter query={list} paging={paging} itemCount={items.length} label={['alert', 'alerts']} showPageError />
      </Card>
      <ResolveAlertModal alert={resolving} onClose={() => setResolving(null)} />
    </>
  );
}
