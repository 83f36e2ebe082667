import { LineChart } from '@mantine/charts';
import { Card, Skeleton, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { useGradeTrend, type GradeTrendPoint } from './api';
import { GRADE_POINTS, GRADE_TICKS, PASSING_GRADE, gradeTickLabel } from './grades';

const COLORS = ['blue.6', 'grape.6', 'cyan.6', 'orange.6', 'lime.7', 'pink.6', 'indigo.6', 'yellow.7'];

export interface TrendChartData {
  data: Record<string, string | number | null>[];
  series: { name: string; label: string; color: string; strokeDasharray?: string }[];
}

function shorten(text: string, max = 48): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/**
 * One row per answered QBR (oldest first), one series per question (keyed q0, q1, … so question
 * text never becomes a data path), plus the overall grade. Values are grade points.
 */
export function toTrendChart(points: readonly GradeTrendPoint[]): TrendChartData {
  const questions = new Map<string, { key: string; text: string }>();
  for (const p of points) {
    for (const g of p.grades) {
      if (!questions.has(g.questionId)) questions.set(g.questionId, { key: `q${questions.size}`, text: g.text });
    }
  }
  const data = points.map((p) => {
    const row: Record<string, string | number | null> = {
      date: dayjs(p.answeredAt).format('MMM D, YYYY'),
      overall: p.overallPoints,
    };
    for (const q of questions.values()) row[q.key] = null;
    for (const g of p.grades) {
      const q = questions.get(g.questionId);
      if (q) row[q.key] = GRADE_POINTS[g.grade];
    }
    return row;
  });
  const series = [
    ...[...questions.values()].map((q, i) => ({ name: q.key, label: `Q${i + 1} · ${shorten(q.text, 40)}`, color: COLORS[i % COLORS.length] ?? 'blue.6' })),
    { name: 'overall', label: 'Overall', color: 'dark.5', strokeDasharray: '6 4' },
  ];
  return { data, series };
}

export function GradeTrendChart({ accountId }: { accountId: string }) {
  const trend = useGradeTrend(accountId);
  const points = trend.data ?? [];
  const chart = toTrendChart(points);
  return (
    <Card withBorder component="section" aria-labelledby="grade-trend-title">
      <Title order={3} size="h4" id="grade-trend-title">
        Grade trend
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Each question's grade per answered QBR; the red line is B, the lowest passing grade.
      </Text>
      {trend.isPending && <Skeleton height={280} />}
      {trend.isError && <ErrorState error={trend.error} onRetry={() => void trend.refetch()} title="Could not load the grade trend" />}
      {trend.isSuccess && points.length === 0 && <EmptyState title="No grade trend yet">The trend appears once the customer has answered a survey.</EmptyState>}
      {points.length > 0 && (
        <LineChart
          h={320}
          data={chart.data}
          dataKey="date"
          series={chart.series}
          curveType="linear"
          connectNulls
          withLegend
          legendProps={{ verticalAlign: 'bottom', height: 60 }}
          yAxisProps={{
            domain: [GRADE_TICKS[0] ?? 0, GRADE_TICKS[GRADE_TICKS.length - 1] ?? 0],
            ticks: [...GRADE_TICKS],
            tickFormatter: (v: number) => gradeTickLabel(v),
            interval: 0,
            width: 36,
          }}
          valueFormatter={(v) => gradeTickLabel(v)}
          referenceLines={[{ y: GRADE_POINTS[PASSING_GRADE], label: `${PASSING_GRADE} (pass)`, color: 'red.6' }]}
          gridAxis="y"
          aria-label="Grade trend per question"
        />
      )}
    </Card>
  );
}
