import { BarChart, LineChart } from '@mantine/charts';
import { Anchor, Card, Grid, Group, MultiSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { tierValues } from '../../api/schema';
import { tierOptions } from '../../components/badges';
import { formatInteger, formatMoney, formatMoneyCompact } from '../../components/format';
import { useListUrlState, type ListUrlCodec } from '../../components/list-url-state';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryState';
import { UserMultiSelect } from '../users/UserSelect';
import { useRiskReport, type RiskFlag, type RiskReportFilters, type Tier } from './api';
import { FLAG_LABELS, raisedWhen } from './labels';
import { SnoozedFlags } from './SnoozedFlags';
import { useMe } from '../auth/api';
import { canManage } from '../auth/permissions';
import { byFlagChart, trendChart } from './model';

const codec: ListUrlCodec<RiskReportFilters> = {
  parse: (sp) => ({
    ownerId: sp.getAll('ownerId'),
    tier: sp.getAll('tier').filter((t): t is Tier => (tierValues as readonly string[]).includes(t)),
  }),
  serialize: (f) => {
    const sp = new URLSearchParams();
    f.ownerId.forEach((id) => sp.append('ownerId', id));
    f.tier.forEach((t) => sp.append('tier', t));
    return sp;
  },
};

/** The accounts list filtered to one flag (and the report's owners and tiers), sorted by ARR at risk. */
function listLink(flag: RiskFlag, f: RiskReportFilters): string {
  const sp = new URLSearchParams();
  sp.append('flag', flag);
  f.ownerId.forEach((id) => sp.append('ownerId', id));
  f.tier.forEach((t) => sp.append('tier', t));
  sp.set('sort', '-arrAtRisk,name');
  return `/accounts?${sp.toString()}`;
}

/** Managers' view of risk: counts and ARR per flag, and the trend from the daily snapshots. */
export function RiskReportPage() {
  const { filters, setFilters } = useListUrlState(codec);
  const report = useRiskReport(filters);
  const manager = canManage(useMe().data);
  const r = report.data;
  return (
    <>
      <PageHeader title="Risk" description="Named risk flags, each with its evidence, over the live accounts. Snoozed flags are counted apart." />
      <Stack gap="md">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <UserMultiSelect label="Owner" value={filters.ownerId} onChange={(ownerId) => setFilters({ ownerId })} w={240} />
          <MultiSelect label="Tier" data={tierOptions} value={filters.tier} onChange={(tier) => setFilters({ tier: tier as Tier[] })} clearable w={260} />
        </Group>
        {report.isPending && <LoadingState label="Counting the flags…" />}
        {report.isError && !r && <ErrorState error={report.error} onRetry={() => void report.refetch()} title="Could not load the risk report" />}
        {r && (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Card withBorder padding="sm">
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  Flagged accounts
                </Text>
                <Text size="xl" fw={700} data-testid="flagged-accounts">
                  {formatInteger(r.flaggedAccounts)}
                </Text>
              </Card>
              <Card withBorder padding="sm">
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  ARR at risk
                </Text>
                <Text size="xl" fw={700}>
                  {formatMoney(r.arrAtRisk)}
                </Text>
              </Card>
            </SimpleGrid>
            {r.flaggedAccounts === 0 && r.flags.every((f) => f.snoozed === 0) ? (
              <EmptyState title="No flags">No live account matching the filters carries a risk flag now.</EmptyState>
            ) : (
              <Grid>
                <Grid.Col span={{ base: 12, md: 6 }}>
                  <Card withBorder component="section" aria-labelledby="risk-by-flag" h="100%">
                    <Title order={3} size="h5" id="risk-by-flag" mb="sm">
                      Accounts per flag
                    </Title>
                    <BarChart
                      h={280}
                      data={byFlagChart(r)}
                      dataKey="flag"
                      series={[
                        { name: 'Accounts', color: 'red.6' },
                        { name: 'Snoozed', color: 'gray.5' },
                      ]}
                      type="stacked"
                      gridAxis="y"
                      xAxisProps={{ angle: -30, textAnchor: 'end', height: 70, interval: 0 }}
                      aria-label="Accounts per risk flag, counted and snoozed"
                    />
                  </Card>
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 6 }}>
                  <Card withBorder component="section" aria-labelledby="risk-arr-by-flag" h="100%">
                    <Title order={3} size="h5" id="risk-arr-by-flag" mb="sm">
                      ARR per flag
                    </Title>
                    <BarChart
                      h={280}
                      data={byFlagChart(r)}
                      dataKey="flag"
                      series={[{ name: 'ARR', color: 'orange.6' }]}
                      valueFormatter={(v) => formatMoneyCompact(v)}
                      gridAxis="y"
                      xAxisProps={{ angle: -30, textAnchor: 'end', height: 70, interval: 0 }}
                      aria-label="ARR of the accounts with each risk flag"
                    />
                  </Card>
                </Grid.Col>
              </Grid>
            )}
            <Card withBorder component="section" aria-labelledby="risk-trend">
              <Title order={3} size="h5" id="risk-trend" mb="sm">
                The last 12 months
              </Title>
              {r.trend.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No snapshot yet: one is taken every day, and each month shows its last.
                </Text>
              ) : (
                <LineChart
                  h={260}
                  data={trendChart(r)}
                  dataKey="month"
                  series={[{ name: 'Flagged accounts', color: 'red.6' }]}
                  gridAxis="y"
                  aria-label="Flagged accounts per month"
                />
              )}
            </Card>
            <Card withBorder component="section" aria-labelledby="risk-table" p={0}>
              <Title order={3} size="h5" id="risk-table" p="md" pb={0}>
                Per flag
              </Title>
              <Table.ScrollContainer minWidth={640}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Flag</Table.Th>
                      <Table.Th ta="right">Accounts</Table.Th>
                      <Table.Th ta="right">ARR</Table.Th>
                      <Table.Th ta="right">Snoozed</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {r.flags.map((f) => (
                      <Table.Tr key={f.flag}>
                        <Table.Td>
                          <Anchor component={Link} to={listLink(f.flag as RiskFlag, filters)} fw={600}>
                            {FLAG_LABELS[f.flag as RiskFlag]}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {raisedWhen(f.flag as RiskFlag)}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">{formatInteger(f.accounts)}</Table.Td>
                        <Table.Td ta="right">{formatMoney(f.arr)}</Table.Td>
                        <Table.Td ta="right">{formatInteger(f.snoozed)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
          </>
        )}
        {manager && <SnoozedFlags ownerId={filters.ownerId} />}
      </Stack>
    </>
  );
}
