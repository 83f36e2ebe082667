import { BarChart } from '@mantine/charts';
import { Anchor, Card, Grid, Group, MultiSelect, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { TierBadge, tierOptions } from '../../components/badges';
import { formatInteger, formatMoney, formatMoneyCompact, humanize } from '../../components/format';
import { useListUrlState, type ListUrlCodec } from '../../components/list-url-state';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryState';
import { tierValues } from '../../api/schema';
import { UserMultiSelect } from '../users/UserSelect';
import { useRetentionReport, type RetentionFigures, type RetentionFilters, type Tier } from './api';
import { bridge, byOwnerChart, formatPct, periods } from './model';

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => THIS_YEAR - i);

const codec: ListUrlCodec<RetentionFilters> = {
  parse: (sp) => {
    const year = Number(sp.get('year'));
    return {
      year: YEARS.includes(year) ? year : THIS_YEAR,
      ownerId: sp.getAll('ownerId'),
      tier: sp.getAll('tier').filter((t): t is Tier => (tierValues as readonly string[]).includes(t)),
    };
  },
  serialize: (f) => {
    const sp = new URLSearchParams();
    if (f.year !== THIS_YEAR) sp.set('year', String(f.year));
    f.ownerId.forEach((id) => sp.append('ownerId', id));
    f.tier.forEach((t) => sp.append('tier', t));
    return sp;
  },
};

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Card>
  );
}

function FiguresRow({ f }: { f: RetentionFigures }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
      <Figure label="Gross retention (GRR)" value={formatPct(f.grrPct)} hint={`${formatMoney(f.retainedRevenue)} kept`} />
      <Figure label="Net retention (NRR)" value={formatPct(f.nrrPct)} hint={`${formatMoney(f.endingRevenue)} now`} />
      <Figure label="Cohort" value={formatInteger(f.cohortAccounts)} hint={`${formatMoney(f.startingRevenue)} to start with`} />
      <Figure label="Churned" value={formatInteger(f.churnedAccounts)} hint={`${formatMoney(f.churnedRevenue)} lost`} />
      <Figure label="Contracted" value={formatInteger(f.contractedAccounts)} hint={`${formatMoney(f.contractionRevenue)} lost`} />
      <Figure label="New (not in the cohort)" value={formatInteger(f.newAccounts)} hint={`${formatMoney(f.newRevenue)} of revenue`} />
    </SimpleGrid>
  );
}

/** Gross and net revenue retention on recurring revenue, with the charts behind them. */
export function RetentionPage() {
  const { filters, setFilters } = useListUrlState(codec);
  const report = useRetentionReport(filters);
  const r = report.data;
  return (
    <>
      <PageHeader
        title="Retention"
        description="Gross revenue retention (what the accounts kept of their recurring revenue, expansion not counted) and net revenue retention (expansion included), from revenue lines."
      />
      <Stack gap="md">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label="Year"
            data={YEARS.map((y) => ({ value: String(y), label: y === THIS_YEAR ? `${y} (last 12 complete months)` : String(y) }))}
            value={String(filters.year)}
            onChange={(v) => v && setFilters({ year: Number(v) })}
            allowDeselect={false}
            w={260}
          />
          <UserMultiSelect label="Owner" value={filters.ownerId} onChange={(ownerId) => setFilters({ ownerId })} w={220} />
          <MultiSelect label="Tier" data={tierOptions} value={filters.tier} onChange={(tier) => setFilters({ tier: tier as Tier[] })} clearable w={260} />
        </Group>
        {report.isPending && <LoadingState label="Measuring retention…" />}
        {report.isError && !r && <ErrorState error={report.error} onRetry={() => void report.refetch()} title="Could not load the retention report" />}
        {r && (
          <>
            <Text size="sm" c="dimmed">
              {periods(r)}. Amounts in {r.currency}.
            </Text>
            {r.totals.cohortAccounts === 0 ? (
              <EmptyState title="Nothing to measure">
                No account matching the filters had recurring revenue in the 12 months before this period. Revenue comes from the billing integration or a CSV
                import.
              </EmptyState>
            ) : (
              <>
                <FiguresRow f={r.totals} />
                <Grid>
                  <Grid.Col span={{ base: 12, md: 6 }}>
                    <Card withBorder component="section" aria-labelledby="retention-bridge" h="100%">
                      <Title order={3} size="h5" id="retention-bridge" mb="sm">
                        From starting revenue to now
                      </Title>
                      <BarChart
                        h={260}
                        data={bridge(r.totals)}
                        dataKey="step"
                        series={[{ name: 'Revenue', color: 'indigo.6' }]}
                        valueFormatter={(v) => formatMoneyCompact(v)}
                        gridAxis="y"
                        aria-label="Recurring revenue from the starting 12 months to the measured 12 months"
                      />
                    </Card>
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, md: 6 }}>
                    <Card withBorder component="section" aria-labelledby="retention-owners" h="100%">
                      <Title order={3} size="h5" id="retention-owners" mb="sm">
                        By owner
                      </Title>
                      <BarChart
                        h={260}
                        data={byOwnerChart(r)}
                        dataKey="owner"
                        series={[
                          { name: 'GRR', color: 'teal.6' },
                          { name: 'NRR', color: 'blue.6' },
                        ]}
                        valueFormatter={(v) => formatPct(v)}
                        gridAxis="y"
                        aria-label="GRR and NRR by owner"
                      />
                    </Card>
                  </Grid.Col>
                </Grid>
                <Card withBorder component="section" aria-labelledby="retention-tiers" p={0}>
                  <Title order={3} size="h5" id="retention-tiers" p="md" pb={0}>
                    By tier
                  </Title>
                  <Table.ScrollContainer minWidth={640}>
                    <Table aria-label="Retention by tier">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>Tier</Table.Th>
                          <Table.Th ta="right">Cohort</Table.Th>
                          <Table.Th ta="right">Starting</Table.Th>
                          <Table.Th ta="right">GRR</Table.Th>
                          <Table.Th ta="right">NRR</Table.Th>
                          <Table.Th ta="right">Churned</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {r.byTier.map((t) => (
                          <Table.Tr key={t.tier}>
                            <Table.Td>
                              <TierBadge tier={t.tier} />
                            </Table.Td>
                            <Table.Td ta="right">{formatInteger(t.figures.cohortAccounts)}</Table.Td>
                            <Table.Td ta="right">{formatMoney(t.figures.startingRevenue)}</Table.Td>
                            <Table.Td ta="right">{formatPct(t.figures.grrPct)}</Table.Td>
                            <Table.Td ta="right">{formatPct(t.figures.nrrPct)}</Table.Td>
                            <Table.Td ta="right">{formatInteger(t.figures.churnedAccounts)}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Card>
                <Card withBorder component="section" aria-labelledby="retention-losses" p={0}>
                  <Title order={3} size="h5" id="retention-losses" p="md" pb={0}>
                    Largest losses
                  </Title>
                  {r.largestLosses.length === 0 ? (
                    <EmptyState title="No account lost revenue">Every account in the cohort kept all of its recurring revenue.</EmptyState>
                  ) : (
                    <Table.ScrollContainer minWidth={640}>
                      <Table aria-label="Accounts that lost the most recurring revenue">
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>Account</Table.Th>
                            <Table.Th>Tier</Table.Th>
                            <Table.Th ta="right">Starting</Table.Th>
                            <Table.Th ta="right">Now</Table.Th>
                            <Table.Th ta="right">Lost</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {r.largestLosses.map((l) => (
                            <Table.Tr key={l.accountId}>
                              <Table.Td>
                                <Anchor component={Link} to={`/accounts/${l.accountId}`} size="sm">
                                  {l.accountName}
                                </Anchor>
                                {l.churned && (
                                  <Text span size="xs" c="red" ml={6}>
                                    churned
                                  </Text>
                                )}
                              </Table.Td>
                              <Table.Td>{humanize(l.tier)}</Table.Td>
                              <Table.Td ta="right">{formatMoney(l.startingRevenue)}</Table.Td>
                              <Table.Td ta="right">{formatMoney(l.endingRevenue)}</Table.Td>
                              <Table.Td ta="right">{formatMoney(l.lostRevenue)}</Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Table.ScrollContainer>
                  )}
                </Card>
              </>
            )}
          </>
        )}
      </Stack>
    </>
  );
}
