import { BarChart } from '@mantine/charts';
import { Anchor, Button, Card, Group, MultiSelect, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Schemas } from '../../api/client';
import { tierOptions } from '../../components/badges';
import { rules } from '../../api/rules';
import { formatDate, formatInteger } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { useGradeReport, type GradeReport, type ReportQuery } from '../../features/qbrs/api';
import { isFailingGrade } from '../../features/qbrs/grades';
import { UserMultiSelect } from '../../features/users/UserSelect';
import { RevenueAtRiskPanel } from '../../features/alerts/RevenueAtRiskPanel';
import { PipelineDashboardPanel } from '../../features/opportunities/PipelineDashboardPanel';
import { IncomingHandoffs } from '../../features/handoffs/IncomingHandoffs';
import { tierValues } from '../../api/schema';

type Tier = Schemas['Tier'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function reportQueryFromSearchParams(sp: URLSearchParams): Required<ReportQuery> {
  const from = sp.get('from') ?? '';
  const to = sp.get('to') ?? '';
  return {
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
    tier: sp.getAll('tier').filter((t): t is Tier => (tierValues as readonly string[]).includes(t)),
    ownerId: sp.getAll('ownerId').filter(Boolean),
  };
}

function reportQueryToSearchParams(q: Required<ReportQuery>): URLSearchParams {
  const sp = new URLSearchParams();
  if (q.from) sp.set('from', q.from);
  if (q.to) sp.set('to', q.to);
  q.tier.forEach((t) => sp.append('tier', t));
  q.ownerId.forEach((o) => sp.append('ownerId', o));
  return sp;
}

/** One row per grade, best first, split into passing and failing so failing bars are red. */
export function toDistributionChart(report: GradeReport) {
  return report.distribution.map((d) => ({
    grade: d.grade,
    Passing: isFailingGrade(d.grade) ? 0 : d.count,
    Failing: isFailingGrade(d.grade) ? d.count : 0,
  }));
}

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${value.toFixed(1)}%`;
}

function formatNps(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const rounded = Math.round(value * 10) / 10;
  return `${rounded > 0 ? '+' : ''}${rounded}`;
}

function Kpi({ label, value, hint, color }: { label: string; value: string; hint: string; color?: string }) {
  return (
    <Card withBorder padding="md" component="section" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={32} fw={700} c={color} lh={1.2} mt={4}>
        {value}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {hint}
      </Text>
    </Card>
  );
}

export function DashboardPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => reportQueryFromSearchParams(searchParams), [searchParams]);
  const report = useGradeReport(query);
  const update = (patch: Partial<ReportQuery>) =>
    setSearchParams(reportQueryToSearchParams({ ...query, ...patch } as Required<ReportQuery>), { replace: true });
  const r = report.data;
  const filtered = !!(query.from || query.to || query.tier.length || query.ownerId.length);

  return (
    <>
      <PageHeader title="Dashboard" description="How customers grade us in their QBRs." />
      <IncomingHandoffs />
      <Paper withBorder p="md" mb="md" component="section" aria-label="Filters">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <DateInput
            label="Answered from"
            description={!query.from && r ? `Default ${formatDate(r.from)}` : ' '}
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            clearable
            value={query.from || null}
            onChange={(v) => update({ from: v ?? '' })}
            maxDate={query.to || undefined}
            w={170}
          />
          <DateInput
            label="Answered to"
            description={!query.to && r ? `Default ${formatDate(r.to)}` : ' '}
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            clearable
            value={query.to || null}
            onChange={(v) => update({ to: v ?? '' })}
            minDate={query.from || undefined}
            w={170}
          />
          <MultiSelect
            label="Tier"
            description=" "
            placeholder={query.tier.length ? undefined : 'Any tier'}
            data={tierOptions}
            value={query.tier}
            onChange={(v) => update({ tier: v as Tier[] })}
            clearable
            w={220}
          />
          <UserMultiSelect label="Owner" value={query.ownerId} onChange={(ownerId) => update({ ownerId })} w={240} />
          {filtered && (
            <Button variant="subtle" size="xs" mb={4} onClick={() => setSearchParams(new URLSearchParams(), { replace: true })}>
              Clear filters
            </Button>
          )}
        </Group>
      </Paper>

      {report.isPending && (
        <Stack aria-busy="true">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            {Array.from({ length: 4 }, (_, i) => (
              <Skeleton key={i} height={110} />
            ))}
          </SimpleGrid>
          <Skeleton height={320} />
        </Stack>
      )}
      {report.isError && !r && <ErrorState error={report.error} onRetry={() => void report.refetch()} title="Could not load the grade report" />}
      {r && (
        <Stack gap="md" style={{ opacity: report.isPlaceholderData ? 0.6 : 1 }}>
          <Text size="sm" c="dimmed" aria-live="polite">
            QBRs answered {formatDate(r.from)} to {formatDate(r.to)}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <Kpi label="Answered QBRs" value={formatInteger(r.answeredQbrs)} hint="Surveys answered in the period" />
            <Kpi
              label="Share failing"
              value={formatPercent(r.failingShare)}
              hint="QBRs with an overall grade below B"
              {...(r.failingShare !== null && r.failingShare > 0 ? { color: 'red.7' } : {})}
            />
            <Kpi label="CSAT" value={formatPercent(r.csat)} hint="Grade answers at B or better" />
            <Kpi label="NPS" value={formatNps(r.nps)} hint={`% promoters (${rules.nps.promoterMin}–10) minus % detractors (0–${rules.nps.detractorMax})`} />
          </SimpleGrid>
          <Card withBorder component="section" aria-labelledby="distribution-title">
            <Title order={3} size="h4" id="distribution-title">
              Grade distribution
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              How often each grade was given, across all graded questions. Red: below B, which counts as failing.
            </Text>
            {r.answeredQbrs === 0 ? (
              <EmptyState title="No QBR answered in this period">
                Widen the dates or clear the filters, or{' '}
                <Anchor component={Link} to="/qbrs?view=overdue" size="sm">
                  see which accounts are due a QBR
                </Anchor>
                .
              </EmptyState>
            ) : (
              <BarChart
                h={300}
                data={toDistributionChart(r)}
                dataKey="grade"
                type="stacked"
                series={[
                  { name: 'Passing', color: 'teal.6' },
                  { name: 'Failing', color: 'red.6' },
                ]}
                withLegend
                yAxisProps={{ allowDecimals: false }}
                gridAxis="y"
                aria-label="Grade distribution"
              />
            )}
          </Card>
          <Group>
            <Anchor component={Link} to="/qbrs?failing=true" size="sm">
              See failing QBRs
            </Anchor>
            <Anchor component={Link} to="/qbrs?view=overdue" size="sm">
              See overdue accounts
            </Anchor>
          </Group>
        </Stack>
      )}
      <Stack gap="md" mt="md">
        <Title order={2} size="h3">
          Pipeline
        </Title>
        <PipelineDashboardPanel ownerId={query.ownerId} tier={query.tier} />
      </Stack>
      <Stack gap="md" mt="md">
        <Title order={2} size="h3">
          Revenue at risk
        </Title>
        <RevenueAtRiskPanel ownerId={query.ownerId} tier={query.tier} />
      </Stack>
    </>
  );
}
