import { Anchor, Card, Grid, Group, Skeleton, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { TierBadge } from '../../components/badges';
import { formatInteger, formatMoney } from '../../components/format';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { Truncated } from '../../components/Truncated';
import { useRevenueAtRisk, type Tier } from './api';

/** Dashboard panel: open revenue alerts and the money at risk, by owner and by tier. */
export function RevenueAtRiskPanel({ ownerId = [], tier = [] }: { ownerId?: string[]; tier?: Tier[] }) {
  const report = useRevenueAtRisk(ownerId, tier);
  const r = report.data;
  if (report.isError && !r) return <ErrorState error={report.error} onRetry={() => void report.refetch()} title="Could not load the revenue at risk" />;
  if (!r) return <Skeleton height={160} />;
  if (r.overall.openAlerts === 0) {
    return <EmptyState title="No revenue at risk">No open revenue alert matches these filters.</EmptyState>;
  }
  const money = formatMoney;
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Card withBorder h="100%" component="section" aria-labelledby="at-risk-total-title">
          <Title order={3} size="h5" id="at-risk-total-title">
            At risk, annualised
          </Title>
          <Text fz={28} fw={700}>
            {money(r.overall.amountAtRisk)}
          </Text>
          <Text size="sm" c="dimmed">
            {formatInteger(r.overall.openAlerts)} open alerts on {formatInteger(r.overall.accounts)} accounts
          </Text>
          <Anchor component={Link} to="/alerts?who=everyone" size="sm" mt="sm" display="block">
            Open the alerts inbox
          </Anchor>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Card withBorder h="100%" component="section" aria-labelledby="at-risk-owner-title">
          <Title order={3} size="h5" id="at-risk-owner-title" mb="xs">
            By owner
          </Title>
          <Table aria-labelledby="at-risk-owner-title" verticalSpacing={4}>
            <Table.Tbody>
              {r.byOwner.slice(0, 8).map((o) => (
                <Table.Tr key={o.ownerId ?? 'none'}>
                  <Table.Td>
                    <Truncated text={o.ownerName ?? 'No owner'} maw="10rem">
                      {o.ownerId ? (
                        <Anchor component={Link} to={`/alerts?who=everyone&ownerId=${o.ownerId}`} size="sm">
                          {o.ownerName}
                        </Anchor>
                      ) : (
                        'No owner'
                      )}
                    </Truncated>
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{formatInteger(o.figures.openAlerts)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{formatMoney(o.figures.amountAtRisk)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {r.byOwner.length > 8 && (
            <Text size="xs" c="dimmed" mt={4}>
              And {r.byOwner.length - 8} more owners.
            </Text>
          )}
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Card withBorder h="100%" component="section" aria-labelledby="at-risk-tier-title">
          <Title order={3} size="h5" id="at-risk-tier-title" mb="xs">
            By tier
          </Title>
          <Table aria-labelledby="at-risk-tier-title" verticalSpacing={4}>
            <Table.Tbody>
              {r.byTier.map((t) => (
                <Table.Tr key={t.tier}>
                  <Table.Td>
                    <Group gap={4}>
                      <TierBadge tier={t.tier} size="xs" />
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    {formatInteger(t.figures.openAlerts)} alerts, {formatInteger(t.figures.accounts)} accounts
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{formatMoney(t.figures.amountAtRisk)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      </Grid.Col>
    </Grid>
  );
}
