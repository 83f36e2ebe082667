import { Alert, Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/problem';
import { rules } from '../../api/rules';
import { TierBadge } from '../../components/badges';
import { formatInteger, formatMoney } from '../../components/format';
import { NumberField } from '../../components/NumberField';
import { checkNumber, readNumber, type NumberValue } from '../../components/number-check';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryState';
import { applyServerError } from '../../components/server-errors';
import { useFormSubmit } from '../../components/use-form-submit';
import { useMe } from '../auth/api';
import { canManage } from '../auth/permissions';
import { NotAllowed } from '../auth/NotAllowed';
import { UserSelect } from '../users/UserSelect';
import { useClosePeriod, useOwnerTargets, useSaveOwnerTargets, useScorecard, useStatement, type OwnerTargets, type Scorecard, type StatementLine } from './api';
import { formatPct, recentPeriods } from './model';

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 4 }, (_, i) => THIS_YEAR - i);
const PERIODS = recentPeriods(new Date(), 8);
const LIMITS = rules.limits.OwnerTargetInput;

function Figure({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId?: string }) {
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
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

/** The figures, the gates, the what-if lines, the accounts and the grades of one owner's year. */
export function ScorecardView({ card }: { card: Scorecard }) {
  const p = card.portfolio;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
        <Figure label="Expansion won" value={formatMoney(card.expansionWon)} hint="Upsells and cross-sells won this year" />
        <Figure
          label="Target"
          value={formatMoney(card.targets.expansionTarget)}
          hint={card.targets.expansionTargetSet ? 'Set by a manager' : 'The accounts’ growth targets added up'}
        />
        <Figure label="Attainment" value={formatPct(card.attainmentPct)} testId="scorecard-attainment" />
        <Figure label="Commissionable" value={formatMoney(card.commissionableExpansion)} testId="scorecard-commissionable" />
        <Figure label="Blocked" value={formatMoney(card.blockedExpansion)} testId="scorecard-blocked" />
        <Figure
          label="GRR · NRR"
          value={`${formatPct(p.grrPct)} · ${formatPct(p.nrrPct)}`}
          hint={`At least ${formatPct(p.grrThresholdPct)} GRR needed${p.nrrTargetPct !== null ? `, ${formatPct(p.nrrTargetPct)} NRR aimed at` : ''}`}
        />
      </SimpleGrid>
      {p.gateMet ? (
        <Text size="sm" c="dimmed">
          {p.grrPct === null
            ? 'The portfolio has no revenue data for the year, so its retention does not hold pay back.'
            : 'The portfolio’s gross revenue retention reaches the threshold: expansion pays where each account’s retention goal is met.'}
        </Text>
      ) : (
        <Alert color="red" variant="light" title="No expansion pays yet" data-testid="portfolio-gate">
          {p.blockers.map((b) => b.message).join(' ')}
        </Alert>
      )}
      {card.whatIfs.length > 0 && (
        <Alert color="blue" variant="light" title="What if" data-testid="scorecard-what-if">
          <Stack gap={4}>
            {card.whatIfs.map((w) => (
              <Text key={w.opportunityId} size="sm">
                Win the renewal “
                <Anchor component={Link} to={`/opportunities/${w.opportunityId}`}>
                  {w.title}
                </Anchor>
                ” of {w.accountName} and {formatMoney(w.payableExpansion)} of expansion becomes payable
                {w.portfolioGateBlocks ? ', once the portfolio’s retention reaches the threshold.' : '.'}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <Card withBorder component="section" aria-labelledby="scorecard-accounts">
        <Title order={3} size="h4" id="scorecard-accounts" mb="sm">
          Expansion by account
        </Title>
        {card.accounts.length === 0 ? (
          <EmptyState title="No expansion won this year">
            Upsells and cross-sells won on your accounts show here with what holds their commission back.
          </EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Account</Table.Th>
                  <Table.Th>Tier</Table.Th>
                  <Table.Th ta="right">Won</Table.Th>
                  <Table.Th ta="right">Commissionable</Table.Th>
                  <Table.Th>Retention</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {card.accounts.map((a) => (
                  <Table.Tr key={a.accountId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/accounts/${a.accountId}`}>
                        {a.accountName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <TierBadge tier={a.tier} />
                    </Table.Td>
                    <Table.Td ta="right">{formatMoney(a.wonExpansion)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(a.commissionableExpansion)}</Table.Td>
                    <Table.Td>
                      {a.retentionMet ? (
                        <Badge color="teal" variant="light">
                          Met
                        </Badge>
                      ) : (
                        <Stack gap={2}>
                          {a.blockers.map((b) => (
                            <Text key={b.code} size="xs">
                              {b.message}
                            </Text>
                          ))}
                        </Stack>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="scorecard-grades">
        <Title order={3} size="h4" id="scorecard-grades" mb="sm">
          Grades, coverage and risk
        </Title>
        <Group gap="xs" mb="xs">
          {card.grades.distribution.length === 0 && <Text size="sm">No account has an answered QBR yet.</Text>}
          {card.grades.distribution.map((g) => (
            <Badge key={g.grade} variant="light" color={['A+', 'A', 'A-', 'B+', 'B'].includes(g.grade) ? 'teal' : 'red'}>
              {g.grade}: {formatInteger(g.accounts)}
            </Badge>
          ))}
        </Group>
        <Text size="sm">
          {formatInteger(card.grades.failing)} of {formatInteger(card.grades.accountsGraded)} graded accounts below B;{' '}
          {formatInteger(card.grades.accountsNotGraded)} not graded yet. QBR coverage of key and strategic accounts: {formatPct(card.grades.coveragePct)} (
          {formatInteger(card.grades.keyAccountsCovered)} of {formatInteger(card.grades.keyAccounts)} with a QBR not overdue).
        </Text>
        <Text size="sm" mt="xs">
          Risk flags: {formatInteger(card.grades.accountsFlagged)} account(s) flagged, {formatMoney(card.grades.arrAtRisk)} ARR at risk.{' '}
          <Anchor component={Link} to={`/accounts?ownerId=${card.userId}&sort=-flagCount`}>
            See them by flag count
          </Anchor>
        </Text>
      </Card>
    </Stack>
  );
}

function LinesTable({ lines, caption }: { lines: StatementLine[]; caption: string }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Opportunity</Table.Th>
            <Table.Th>Account</Table.Th>
            <Table.Th ta="right">Won</Table.Th>
            <Table.Th ta="right">Share</Table.Th>
            <Table.Th ta="right">Credit</Table.Th>
            <Table.Th>Gate</Table.Th>
            <Table.Th ta="right">Commission</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l, i) => (
            <Table.Tr key={`${l.opportunityId}-${l.forPeriod}-${i}`}>
              <Table.Td>
                <Anchor component={Link} to={`/opportunities/${l.opportunityId}`}>
                  {l.opportunityTitle}
                </Anchor>
                {l.reason && (
                  <Text size="xs" c="dimmed">
                    {l.forPeriod}: {l.reason}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{l.accountName}</Table.Td>
              <Table.Td ta="right">{formatMoney(l.wonAmount)}</Table.Td>
              <Table.Td ta="right">{formatPct(l.sharePct)}</Table.Td>
              <Table.Td ta="right">{formatMoney(l.credit)}</Table.Td>
              <Table.Td>
                {l.payable ? (
                  <Badge color="teal" variant="light">
                    Pays
                  </Badge>
                ) : (
                  <Stack gap={2}>
                    <Badge color="red" variant="light">
                      Blocked
                    </Badge>
                    {l.blockers.map((b) => (
                      <Text key={b.code} size="xs">
                        {b.message}
                      </Text>
                    ))}
                  </Stack>
                )}
              </Table.Td>
              <Table.Td ta="right">{formatMoney(l.commission)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One quarter's commission statement, and the close for managers. */
export function StatementSection({ userId, manager }: { userId: string; manager: boolean }) {
  const [period, setPeriod] = useState(PERIODS[1] ?? PERIODS[0]!);
  const statement = useStatement(userId, period);
  const close = useClosePeriod();
  const s = statement.data;
  const doClose = async () => {
    try {
      await close.mutateAsync(period);
      notifications.show({ color: 'green', title: 'Period closed', message: `The statements of ${period} are frozen.` });
    } catch (err) {
      notifications.show({ color: 'red', title: 'Period not closed', message: errorMessage(err) });
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="statement-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="statement-title">
          Commission statement
        </Title>
        <Group gap="xs">
          <Select aria-label="Quarter" data={PERIODS} value={period} onChange={(v) => v && setPeriod(v)} allowDeselect={false} w={120} size="xs" />
          {manager && s?.status === 'OPEN' && (
            <Button size="xs" variant="light" onClick={() => void doClose()} loading={close.isPending}>
              Close {period}
            </Button>
          )}
        </Group>
      </Group>
      {statement.isPending && <LoadingState />}
      {statement.isError && !s && <ErrorState error={statement.error} onRetry={() => void statement.refetch()} title="Could not load the statement" />}
      {s && (
        <Stack gap="sm">
          <Group gap="xs">
            <Badge color={s.status === 'CLOSED' ? 'gray' : 'blue'} variant="light">
              {s.status === 'CLOSED' ? 'Closed: frozen' : 'Open: computed now'}
            </Badge>
            <Text size="sm">
              {s.plan.configured
                ? `Plan ${s.plan.ratePct} %${s.plan.accelerators.map((a) => `, ${a.ratePct} % from ${a.fromAttainmentPct} % attainment`).join('')} of a ${formatMoney(s.expansionTarget)} target.`
                : `No commission plan is set for ${period.slice(0, 4)}, so nothing pays yet.`}
            </Text>
          </Group>
          {s.lines.length === 0 ? (
            <EmptyState title="No won expansion in this quarter">Upsells and cross-sells won in {s.period} and credited to this person show here.</EmptyState>
          ) : (
            <LinesTable lines={s.lines} caption={`Won expansion of ${s.period}`} />
          )}
          {s.adjustments.length > 0 && <LinesTable lines={s.adjustments} caption="Adjustments for earlier closed quarters" />}
          <Text fw={600} data-testid="statement-totals">
            Credit {formatMoney(s.credit)} ({formatMoney(s.blockedCredit)} blocked) · commission {formatMoney(s.commission)} · adjustments{' '}
            {formatMoney(s.adjustmentTotal)} · payout {formatMoney(s.payout)}
          </Text>
        </Stack>
      )}
    </Card>
  );
}

interface TargetValues {
  [key: string]: unknown;
  expansionTarget: NumberValue;
  grrThresholdPct: NumberValue;
  nrrTargetPct: NumberValue;
}

export function validateTargets(v: TargetValues) {
  const e: Partial<Record<keyof TargetValues, string>> = {};
  const expansion = checkNumber(v.expansionTarget, LIMITS.expansionTarget);
  if (expansion) e.expansionTarget = expansion;
  const grr = checkNumber(v.grrThresholdPct, LIMITS.grrThresholdPct);
  if (grr) e.grrThresholdPct = grr;
  const nrr = checkNumber(v.nrrTargetPct, LIMITS.nrrTargetPct);
  if (nrr) e.nrrTargetPct = nrr;
  return e;
}

function initialTargets(t: OwnerTargets): TargetValues {
  return {
    expansionTarget: t.expansionTargetSet ? t.expansionTarget : '',
    grrThresholdPct: t.grrThresholdSet ? t.grrThresholdPct : '',
    nrrTargetPct: t.nrrTargetPct ?? '',
  };
}

/** Managers set an owner's targets; a field left empty takes its default. */
function TargetsForm({ targets }: { targets: OwnerTargets }) {
  const save = useSaveOwnerTargets();
  const form = useForm<TargetValues>({ mode: 'controlled', initialValues: initialTargets(targets), validate: validateTargets });
  useEffect(() => {
    form.setInitialValues(initialTargets(targets));
    form.reset();
    // Only a newly saved version or another owner resets the form; typing does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [targets.version, targets.userId, targets.year]);
  const { submit, failure, submitting } = useFormSubmit(
    form,
    async (v) => {
      await save.mutateAsync({
        userId: targets.userId,
        year: targets.year,
        version: targets.version,
        body: { expansionTarget: readNumber(v.expansionTarget), grrThresholdPct: readNumber(v.grrThresholdPct), nrrTargetPct: readNumber(v.nrrTargetPct) },
      });
      notifications.show({ color: 'green', title: 'Targets saved', message: `The targets for ${targets.year} are saved.` });
    },
    (err) => applyServerError(form, err, ['expansionTarget', 'grrThresholdPct', 'nrrTargetPct']),
  );
  return (
    <form onSubmit={submit} noValidate aria-label="Targets">
      <Group align="flex-start" gap="sm">
        <NumberField
          label="Expansion target"
          description={`Empty: ${formatMoney(targets.defaultExpansionTarget)}, the accounts’ growth targets added up.`}
          w={240}
          {...form.getInputProps('expansionTarget')}
        />
        <NumberField label="GRR threshold (%)" description="Empty: the company’s threshold." w={200} {...form.getInputProps('grrThresholdPct')} />
        <NumberField label="NRR target (%)" description="Empty: none." w={160} {...form.getInputProps('nrrTargetPct')} />
      </Group>
      {failure?.message && (
        <Alert color="red" title="Targets not saved" role="alert" mt="sm">
          {failure.message}
        </Alert>
      )}
      <Button type="submit" mt="sm" loading={submitting} disabled={!form.isDirty()}>
        Save targets
      </Button>
    </form>
  );
}

/** "My scorecard", or the team's for managers and admins (an owner picked, kept in the URL). */
export function ScorecardPage({ team = false }: { team?: boolean }) {
  const me = useMe().data;
  const manager = canManage(me);
  const [params, setParams] = useSearchParams();
  const yearParam = Number(params.get('year'));
  const year = YEARS.includes(yearParam) ? yearParam : THIS_YEAR;
  const ownerId = team ? params.get('ownerId') : (me?.user.id ?? null);
  const card = useScorecard(ownerId, year);
  const targets = useOwnerTargets(team && manager ? ownerId : null, year);
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  if (team && me && !manager) {
    return <NotAllowed title="Team scorecard">The team’s scorecards are for managers and admins; your own is under My scorecard.</NotAllowed>;
  }
  return (
    <>
      <PageHeader
        title={team ? 'Team scorecard' : 'My scorecard'}
        description="Won expansion against the target, what of it pays under the retention gates, revenue retention, grades and the commission statement."
      />
      <Stack gap="md">
        <Group align="flex-end" gap="sm">
          <Select
            label="Year"
            data={YEARS.map(String)}
            value={String(year)}
            onChange={(v) => set('year', v && Number(v) !== THIS_YEAR ? v : null)}
            allowDeselect={false}
            w={110}
          />
          {team && <UserSelect label="Owner" value={ownerId} onChange={(v) => set('ownerId', v)} w={280} />}
        </Group>
        {team && !ownerId && <EmptyState title="Pick an owner">Choose whose scorecard to see.</EmptyState>}
        {ownerId && card.isPending && <LoadingState />}
        {card.isError && !card.data && <ErrorState error={card.error} onRetry={() => void card.refetch()} title="Could not load the scorecard" />}
        {card.data && <ScorecardView card={card.data} />}
        {team && manager && targets.data && (
          <Card withBorder component="section" aria-labelledby="targets-title">
            <Title order={3} size="h4" id="targets-title" mb="sm">
              Targets {year}
            </Title>
            <TargetsForm targets={targets.data} />
          </Card>
        )}
        {ownerId && <StatementSection userId={ownerId} manager={manager} />}
      </Stack>
    </>
  );
}
