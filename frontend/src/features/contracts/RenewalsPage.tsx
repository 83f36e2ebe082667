import { Anchor, Badge, Card, Group, MultiSelect, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { TierBadge, tierOptions } from '../../components/badges';
import { formatDate, formatMoney } from '../../components/format';
import { ListFooter } from '../../components/ListFooter';
import { useListUrlState } from '../../components/list-url-state';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { SkeletonRows } from '../../components/SkeletonRows';
import { Truncated } from '../../components/Truncated';
import { UserMultiSelect } from '../users/UserSelect';
import { useRenewals, type Renewal, type Tier } from './api';
import { WITHIN_OPTIONS, renewalFiltersCodec } from './renewal-filters';

const PAGE_SIZE = 50;

function FollowUp({ renewal }: { renewal: Renewal }) {
  if (!renewal.followUpDue)
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  return <Text size="sm">Call by {formatDate(renewal.followUpDue)}</Text>;
}

/** The account's open revenue alerts, linking to them in the alerts inbox. */
function OpenAlerts({ renewal }: { renewal: Renewal }) {
  if (renewal.openAlerts === 0)
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  return (
    <Anchor component={Link} to={`/alerts?accountId=${renewal.accountId}`} size="sm" c="red">
      {renewal.openAlerts === 1 ? '1 open alert' : `${renewal.openAlerts} open alerts`}
    </Anchor>
  );
}

function RenewalOpportunity({ renewal }: { renewal: Renewal }) {
  if (!renewal.renewalOpportunityId) {
    return (
      <Text size="sm" c="dimmed">
        Opens on {formatDate(renewal.renewalDueOn)}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      <Anchor component={Link} to={`/opportunities/${renewal.renewalOpportunityId}`} size="sm">
        {formatMoney(renewal.renewalAmount)}
      </Anchor>
      {renewal.renewalStage && (
        <Badge size="sm" variant="light" tt="none" color={renewal.renewalStage === 'WON' ? 'green' : renewal.renewalStage === 'LOST' ? 'red' : 'blue'}>
          {renewal.renewalStage.charAt(0) + renewal.renewalStage.slice(1).toLowerCase()}
        </Badge>
      )}
    </Group>
  );
}

/** Upcoming contract ends, soonest first, with what to know before the renewal conversation. */
export function RenewalsPage() {
  const { filters, setFilters, paging } = useListUrlState(renewalFiltersCodec);
  const list = useRenewals(filters, paging.cursor, PAGE_SIZE);
  const items = list.data?.items ?? [];
  return (
    <>
      <PageHeader
        title="Renewals"
        description="Contracts ending soon, with the account’s last grade, its open follow-up and the renewal opportunity each one gets ahead of its notice period."
      />
      <Stack gap="md">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="renewals-within">
              Ending within
            </Text>
            <SegmentedControl
              aria-labelledby="renewals-within"
              value={String(filters.within)}
              onChange={(v) => setFilters({ within: Number(v) })}
              data={WITHIN_OPTIONS.map((d) => ({ value: String(d), label: `${d} days` }))}
            />
          </Stack>
          <UserMultiSelect label="Owner" value={filters.ownerId} onChange={(ownerId) => setFilters({ ownerId })} w={220} />
          <MultiSelect label="Tier" data={tierOptions} value={filters.tier} onChange={(tier) => setFilters({ tier: tier as Tier[] })} clearable w={260} />
        </Group>
        <Card withBorder p={0}>
          {list.isError && !list.data ? (
            <Stack p="md">
              <ErrorState error={list.error} onRetry={() => void list.refetch()} title="Could not load the renewals" />
            </Stack>
          ) : (
            <Table.ScrollContainer minWidth={980}>
              <Table verticalSpacing="xs" aria-label="Renewals">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Ends</Table.Th>
                    <Table.Th>Account</Table.Th>
                    <Table.Th>Owner</Table.Th>
                    <Table.Th ta="right">Annual value</Table.Th>
                    <Table.Th>Notice by</Table.Th>
                    <Table.Th>Last grade</Table.Th>
                    <Table.Th>Follow-up</Table.Th>
                    <Table.Th>Revenue alerts</Table.Th>
                    <Table.Th>Renewal opportunity</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.isPending && <SkeletonRows rows={5} columns={9} />}
                  {items.map((r) => (
                    <Table.Tr key={r.contractId}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Stack gap={0}>
                          <Text size="sm">{formatDate(r.endDate)}</Text>
                          <Text size="xs" c="dimmed">
                            in {r.daysLeft} {r.daysLeft === 1 ? 'day' : 'days'}
                          </Text>
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Truncated text={r.accountName} maw="16rem">
                            <Anchor component={Link} to={`/accounts/${r.accountId}`} size="sm">
                              {r.accountName}
                            </Anchor>
                          </Truncated>
                          <TierBadge tier={r.tier} size="xs" />
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        {r.ownerName ?? (
                          <Text span size="sm" c="dimmed">
                            Nobody
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">{formatMoney(r.annualValue)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Stack gap={0}>
                          <Text size="sm">{formatDate(r.noticeBy)}</Text>
                          <Text size="xs" c="dimmed">
                            {r.autoRenew ? 'Renews by itself' : 'Ends unless renewed'}
                          </Text>
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        {r.lastGrade ?? (
                          <Text span size="sm" c="dimmed">
                            No QBR yet
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <FollowUp renewal={r} />
                      </Table.Td>
                      <Table.Td>
                        <OpenAlerts renewal={r} />
                      </Table.Td>
                      <Table.Td>
                        <RenewalOpportunity renewal={r} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {list.isSuccess && items.length === 0 && (
            <EmptyState title="No contract ends in this window">Widen the window, or record contracts on the accounts’ pages.</EmptyState>
          )}
          <ListFooter query={list} paging={paging} itemCount={items.length} label={['renewal', 'renewals']} />
        </Card>
      </Stack>
    </>
  );
}
