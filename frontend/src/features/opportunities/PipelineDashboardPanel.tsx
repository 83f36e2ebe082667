import { BarChart } from '@mantine/charts';
import { Anchor, Card, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { formatDate, formatInteger, formatMoney, formatMoneyCompact } from '../../components/format';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { usePipelineSummary } from './api';
import { EXPANSION_TYPES, OPEN_STAGES, TYPE_LABEL, stageLabel, type PipelineSummary } from './model';

/** Bars for the open stages, in pipeline order (stages without opportunities show as 0). */
export function toStageChart(s: PipelineSummary) {
  return OPEN_STAGES.map((stage) => {
    const t = s.stages.find((x) => x.stage === stage);
    return { stage: stageLabel(stage), Weighted: t?.weightedAmount ?? 0, Amount: t?.amount ?? 0, count: t?.count ?? 0 };
  });
}

/** Won upsells and cross-sells (expansion) in the summary window. */
export function wonExpansion(s: PipelineSummary) {
  const rows = s.wonByType.filter((t) => EXPANSION_TYPES.includes(t.type));
  return {
    count: rows.reduce((n, r) => n + r.count, 0),
    amount: Math.round(rows.reduce((n, r) => n + r.amount, 0) * 100) / 100,
    byType: EXPANSION_TYPES.map((type) => rows.find((r) => r.type === type) ?? { type, count: 0, amount: 0 }),
  };
}

interface Props {
  ownerId?: string[];
  tier?: Schemas['Tier'][];
}

/** Dashboard panel: the weighted open pipeline by stage, and expansion won this quarter. */
export function PipelineDashboardPanel({ ownerId, tier }: Props) {
  const summary = usePipelineSummary({ ...(ownerId ? { ownerId } : {}), ...(tier ? { tier } : {}) });
  const s = summary.data;
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Card withBorder h="100%" component="section" aria-labelledby="pipeline-chart-title">
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={3} size="h4" id="pipeline-chart-title">
                Weighted pipeline by stage
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                Open opportunities: amount × probability.{s && ` ${formatMoney(s.open.weightedAmount)} weighted of ${formatMoney(s.open.amount)}.`}
              </Text>
            </div>
            <Anchor component={Link} to="/pipeline" size="sm">
              Open the board
            </Anchor>
          </Group>
          {summary.isPending && <Skeleton height={260} />}
          {summary.isError && !s && <ErrorState error={summary.error} onRetry={() => void summary.refetch()} title="Could not load the pipeline" />}
          {s &&
            (s.open.count === 0 ? (
              <EmptyState title="No open opportunities">Create one from an account page or the pipeline board.</EmptyState>
            ) : (
              <BarChart
                h={260}
                data={toStageChart(s)}
                dataKey="stage"
                series={[{ name: 'Weighted', color: 'indigo.6' }]}
                valueFormatter={(v) => formatMoneyCompact(v)}
                gridAxis="y"
                aria-label="Weighted pipeline by stage"
              />
            ))}
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Card withBorder h="100%" component="section" aria-labelledby="won-expansion-title">
          <Title order={3} size="h4" id="won-expansion-title">
            Upsells and cross-sells won
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {s ? `${formatDate(s.from)} – ${formatDate(s.to)}` : 'This quarter'}
          </Text>
          {summary.isPending && <Skeleton height={120} />}
          {s &&
            (() => {
              const w = wonExpansion(s);
              return (
                <Stack gap="sm" data-testid="won-expansion">
                  <div>
                    <Text fz={32} fw={700} lh={1.1}>
                      {formatMoney(w.amount)}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {formatInteger(w.count)} won {w.count === 1 ? 'opportunity' : 'opportunities'}
                    </Text>
                  </div>
                  {w.byType.map((t) => (
                    <Group key={t.type} justify="space-between">
                      <Text size="sm">{TYPE_LABEL[t.type]}</Text>
                      <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {formatInteger(t.count)} · {formatMoney(t.amount)}
                      </Text>
                    </Group>
                  ))}
                  <Text size="xs" c="dimmed">
                    Win rate: {s.winRate === null ? '—' : `${Math.round(s.winRate)}%`} ({formatInteger(s.won.count)} won, {formatInteger(s.lost.count)} lost)
                  </Text>
                </Stack>
              );
            })()}
        </Card>
      </Grid.Col>
    </Grid>
  );
}
