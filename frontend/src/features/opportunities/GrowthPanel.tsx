import { Alert, Badge, Card, Group, Progress, Select, SimpleGrid, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { formatInteger, formatMoney } from '../../components/format';
import { ErrorState } from '../../components/QueryState';
import { useAccountGrowth } from './api';
import { commissionStatus, type Growth } from './model';

function Figure({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId?: string }) {
  return (
    <div data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="lg" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </div>
  );
}

export function formatAttainment(pct: number | null): string {
  return pct === null ? '—' : `${Math.round(pct * 10) / 10}%`;
}

/** The commission line: whether won expansion counts, and what is missing when it does not. */
export function CommissionLine({ growth: g }: { growth: Growth }) {
  const status = commissionStatus(g);
  if (status === 'commissionable') {
    return (
      <Alert color="teal" variant="light" title="Expansion is commissionable" data-testid="commission-status">
        Retention goal met: {formatMoney(g.commissionableExpansion)} of won expansion counts toward commission.
      </Alert>
    );
  }
  const reasons = g.retentionBlockers.map((b) => (
    <Text key={b.code} size="sm">
      {b.message}
    </Text>
  ));
  if (status === 'retention-missed') {
    return (
      <Alert color="red" variant="light" title="Expansion is not commissionable" data-testid="commission-status">
        <Text size="sm">The retention goal is missed, so won expansion ({formatMoney(g.wonExpansion)}) earns no commission:</Text>
        {reasons}
      </Alert>
    );
  }
  return (
    <Alert color="yellow" variant="light" title="Expansion is not commissionable yet" data-testid="commission-status">
      Commission on expansion counts once the retention goal is met: {formatInteger(g.renewalsOpen)} renewal{g.renewalsOpen === 1 ? '' : 's'} due this year
      still open. Win {g.renewalsOpen === 1 ? 'it' : 'them'} to unlock {formatMoney(g.wonExpansion)} of won expansion.
    </Alert>
  );
}

/** "Win this renewal and $48,000 of expansion becomes payable": one line per open renewal that would clear the gate. */
export function WhatIfLines({ whatIfs }: { whatIfs: Growth['whatIfs'] }) {
  if (whatIfs.length === 0) return null;
  return (
    <Stack gap={4} data-testid="what-if">
      {whatIfs.map((w) => (
        <Text key={w.opportunityId} size="sm">
          What if: win the renewal “{w.title}” (expected {w.expectedCloseDate}) and {formatMoney(w.payableExpansion)} of expansion becomes payable.
        </Text>
      ))}
    </Stack>
  );
}

export function GrowthView({ growth: g }: { growth: Growth }) {
  const status = commissionStatus(g);
  const pct = g.attainmentPct;
  const shown = pct === null ? 0 : Math.min(100, Math.max(0, pct));
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Figure label="Target" value={`+${g.targetPct}%`} hint={`${formatMoney(g.targetAmount)} on ${formatMoney(g.baselineArr)} ARR`} />
        <Figure label="Won expansion" value={formatMoney(g.wonExpansion)} hint="Upsells and cross-sells won" />
        <Figure
          testId="attainment"
          label="Attainment"
          value={formatAttainment(pct)}
          hint={pct === null ? 'No target set' : pct >= 100 ? 'Target reached' : `${formatMoney(Math.max(0, g.targetAmount - g.wonExpansion))} to go`}
        />
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Retention
          </Text>
          <Group gap={6} mt={4}>
            <Badge color={g.retentionMet ? 'teal' : status === 'retention-missed' ? 'red' : 'yellow'} variant="light">
              {g.retentionMet ? 'Met' : status === 'retention-missed' ? 'Missed' : 'Pending'}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            Renewals: {formatInteger(g.renewalsWon)} won · {formatInteger(g.renewalsLost)} lost · {formatInteger(g.renewalsOpen)} open
          </Text>
          {g.grrPct !== null && (
            <Text size="xs" c="dimmed" data-testid="grr">
              Gross revenue retention: {g.grrPct} % (at least {g.grrThresholdPct} % needed)
            </Text>
          )}
        </div>
      </SimpleGrid>
      <Tooltip label={`${formatMoney(g.wonExpansion)} of ${formatMoney(g.targetAmount)}`}>
        <Progress
          value={shown}
          size="xl"
          radius="md"
          color={pct !== null && pct >= 100 ? 'teal' : 'blue'}
          aria-label={`Growth target attainment ${formatAttainment(pct)}`}
          data-testid="attainment-bar"
        />
      </Tooltip>
      <CommissionLine growth={g} />
      <WhatIfLines whatIfs={g.whatIfs} />
    </Stack>
  );
}

/** The account's yearly growth target against won expansion, and the retention gate on commission. */
export function GrowthPanel({ accountId }: { accountId: string }) {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const growth = useAccountGrowth(accountId, year === thisYear ? undefined : year);
  return (
    <Card withBorder component="section" aria-labelledby="growth-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="growth-title">
          Growth target {year}
        </Title>
        <Select
          aria-label="Year"
          data={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: String(y), label: String(y) }))}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          allowDeselect={false}
          w={100}
          size="xs"
        />
      </Group>
      {growth.isPending && <Skeleton height={140} />}
      {growth.isError && !growth.data && <ErrorState error={growth.error} onRetry={() => void growth.refetch()} title="Could not load the growth target" />}
      {growth.data && <GrowthView growth={growth.data} />}
    </Card>
  );
}
