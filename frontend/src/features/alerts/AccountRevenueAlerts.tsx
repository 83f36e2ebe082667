import { Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ListFooter } from '../../components/ListFooter';
import { useListUrlState, type ListUrlCodec } from '../../components/list-url-state';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { useMe } from '../auth/api';
import { canWorkOnAccount } from '../auth/permissions';
import { useAccount } from '../accounts/api';
import { useAccountTeam } from '../accounts/team-api';
import { isCurrentMember } from '../accounts/team-model';
import { useAlerts, type AlertQuery, type RevenueAlert } from './api';
import { ResolveAlertModal } from './AlertActions';
import { AlertsTable } from './AlertsTable';

const PAGE_SIZE = 10;

type Show = 'open' | 'all';

/** `?alerts.show=all`; the open alerts when absent. */
const showCodec: ListUrlCodec<{ show: Show }> = {
  parse: (sp) => ({ show: sp.get('show') === 'all' ? 'all' : 'open' }),
  serialize: ({ show }) => new URLSearchParams(show === 'all' ? { show: 'all' } : {}),
};

/**
 * An account's revenue alerts with the customer's reasons from its last QBR beside each, and the same acknowledge
 * and resolve actions as the inbox: for the account's Revenue tab.
 */
export function AccountRevenueAlerts({ accountId }: { accountId: string }) {
  const me = useMe().data;
  const account = useAccount(accountId, true);
  const team = useAccountTeam(accountId);
  const {
    filters: { show },
    setFilters,
    paging,
  } = useListUrlState(showCodec, { prefix: 'alerts' });
  const query: AlertQuery = { status: show === 'open' ? ['NEW', 'ACKNOWLEDGED'] : [], rule: [], tier: [], ownerId: [], accountId: [accountId] };
  const list = useAlerts(query, paging.cursor, PAGE_SIZE);
  const items = list.data?.items ?? [];
  const [resolving, setResolving] = useState<RevenueAlert | null>(null);
  const canAct = canWorkOnAccount(me, account.data?.ownerId, 'revenue:write', isCurrentMember(team.data, me?.user.id));

  return (
    <Card withBorder component="section" aria-labelledby="account-alerts-title" p={0}>
      <Group justify="space-between" p="md" pb="xs">
        <div>
          <Title order={3} size="h4" id="account-alerts-title">
            Revenue alerts
          </Title>
          <Text size="sm" c="dimmed">
            What the billing figures show, beside what the customer said in the last QBR.
          </Text>
        </div>
        <SegmentedControl
          aria-label="Which alerts"
          value={show}
          onChange={(v) => setFilters({ show: v as Show })}
          data={[
            { value: 'open', label: 'Open' },
            { value: 'all', label: 'All' },
          ]}
        />
      </Group>
      {list.isError && !list.data ? (
        <Stack p="md">
          <ErrorState error={list.error} onRetry={() => void list.refetch()} title="Could not load the alerts" />
        </Stack>
      ) : (
        <AlertsTable
          alerts={items}
          pending={list.isPending}
          dimmed={list.isPlaceholderData}
          showAccount={false}
          showReasons
          canAct={() => canAct}
          onResolve={setResolving}
        />
      )}
      {list.isSuccess && items.length === 0 && !paging.hasPrevious && (
        <EmptyState title={show === 'open' ? 'No open alerts' : 'No alerts'}>
          {show === 'open' ? 'The billing figures show nothing worrying for this account.' : 'No alert was ever raised for this account.'}
        </EmptyState>
      )}
      <ListFooter query={list} paging={paging} itemCount={items.length} label={['alert', 'alerts']} showPageError />
      <ResolveAlertModal alert={resolving} onClose={() => setResolving(null)} />
    </Card>
  );
}
