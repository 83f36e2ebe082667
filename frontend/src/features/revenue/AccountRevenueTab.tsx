import { BarChart } from '@mantine/charts';
import { Anchor, Badge, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatMoney } from '../../components/format';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { Truncated } from '../../components/Truncated';
import { useMe } from '../auth/api';
import { canManageRevenue } from '../auth/permissions';
import { useAccountRevenue } from './api';
import { TREND_COLOR, TREND_LABEL, formatChange, toFamilyChart } from './model';

interface AccountRef {
  id: string;
  name: string;
}

/**
 * The account page's Revenue tab: what the account bought over the last 12 complete months by product family, and
 * each product's last month against the average of the 6 before it. `alerts` is where the account's revenue alerts
 * are shown (the alerts feature fills it; the account page passes it in).
 */
export function AccountRevenueTab({ account, alerts }: { account: AccountRef; alerts?: ReactNode }) {
  const me = useMe().data;
  const byFamily = useAccountRevenue(account.id, 'family');
  const revenue = byFamily.data;
  const mayImport = canManageRevenue(me);

  return (
    <Stack>
      {alerts}
      <Card withBorder component="section" aria-labelledby="revenue-chart-title">
        <Group justify="space-between" mb="sm">
          <div>
            <Title order={3} size="h4" id="revenue-chart-title">
              Monthly revenue by product family
            </Title>
            {revenue && (
              <Text size="xs" c="dimmed">
                {revenue.from} to {revenue.to}, in {revenue.currency}
              </Text>
            )}
          </div>
          {mayImport && (
            <Anchor component={Link} to="/revenue/import" size="sm">
              Import revenue lines
            </Anchor>
          )}
        </Group>
        {byFamily.isPending ? (
          <Skeleton height={260} aria-label="Loading the revenue" />
        ) : byFamily.isError ? (
          <ErrorState error={byFamily.error} onRetry={() => void byFamily.refetch()} title="Could not load the revenue" />
        ) : revenue && revenue.groups.length === 0 ? (
          <EmptyState title="No revenue lines in the last 12 months">
            Revenue lines arrive from the billing system (POST /api/v1/revenue-lines/batch) or a CSV import.
          </EmptyState>
        ) : (
          revenue && (
            <BarChart
              h={280}
              data={toFamilyChart(revenue).data}
              dataKey="month"
              type="stacked"
              series={toFamilyChart(revenue).series}
              withLegend
              valueFormatter={(v) => formatMoney(v)}
              gridAxis="y"
              aria-label={`Monthly revenue of ${account.name} by product family`}
            />
          )
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="revenue-products-title" p={0}>
        <Stack gap={0} p="md" pb="xs">
          <Title order={3} size="h4" id="revenue-products-title">
            Products
          </Title>
          <Text size="xs" c="dimmed">
            The last complete month against the average of the 6 months before it.
          </Text>
        </Stack>
        {byFamily.isError ? null : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" aria-label={`Products bought by ${account.name}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Product</Table.Th>
                  <Table.Th>Family</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>Last month</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>6-month average</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>Change</Table.Th>
                  <Table.Th>Trend</Table.Th>
                  <Table.Th>Last bought</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {byFamily.isPending &&
                  [0, 1, 2].map((i) => (
                    <Table.Tr key={i}>
                      <Table.Td colSpan={7}>
                        <Skeleton height={16} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                {revenue?.products.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={7}>
                      <Text size="sm" c="dimmed">
                        No product was bought in the last 7 months.
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {revenue?.products.map((p) => (
                  <Table.Tr key={p.productId} aria-label={`${p.name} (${p.sku})`}>
                    <Table.Td>
                      <Truncated text={p.name} />
                      <Text size="xs" c="dimmed">
                        {p.sku}
                        {p.recurring ? ' · recurring' : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Truncated text={p.family} />
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{formatMoney(p.lastAmount)}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{formatMoney(p.averageAmount)}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{formatChange(p.changePct ?? null)}</Table.Td>
                    <Table.Td>
                      <Badge color={TREND_COLOR[p.trend]} variant="light" size="sm" tt="none">
                        {TREND_LABEL[p.trend]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{p.lastBought ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
    </Stack>
  );
}
