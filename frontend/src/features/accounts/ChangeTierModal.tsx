import { Alert, Button, Card, Group, Loader, Modal, Radio, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { Anchor } from '@mantine/core';
import { TierBadge } from '../../components/badges';
import { formatMoney, humanize } from '../../components/format';
import { applyServerError, type FormFailure } from '../../components/server-errors';
import { ApiError, budgetMessage, isBudgetRefusal } from '../../api/problem';
import { useMe } from '../auth/api';
import { isAdmin } from '../auth/permissions';
import { usePromotionFacts, useChangeTier, useSwapTier, type Account, type SwapCandidate, type Tier, type TierReasonCode } from './api';
import { rules } from '../../api/rules';
import { tierReasonCodeValues, tierValues } from '../../api/schema';

export const REASON_MIN = rules.limits.TierChangeRequest.reason.minLength;
export const REASON_MAX = rules.limits.TierChangeRequest.reason.maxLength;
export const OVERRIDE_REASON_MIN = rules.limits.BudgetOverrideInput.reason.minLength;
export const OVERRIDE_REASON_MAX = rules.limits.BudgetOverrideInput.reason.maxLength;
/** How far ahead an override may expire (the API's rule: after today, at most 366 days ahead). */
export const OVERRIDE_MAX_DAYS = 366;

interface Values {
  [key: string]: unknown;
  tier: Tier;
  reason: string;
  reasonCode: string;
  overrideReason: string;
  overrideExpiresOn: string | null;
}

/** A move into KEY or STRATEGIC from a lower tier: a promotion, which needs a reason code. */
export function promotes(from: Tier, to: Tier): boolean {
  return to !== 'STANDARD' && tierValues.indexOf(to) > tierValues.indexOf(from);
}

function checkReason(text: string): string | undefined {
  const reason = text.trim();
  if (reason.length < REASON_MIN) return `Say why, in at least ${REASON_MIN} characters.`;
  if (reason.length > REASON_MAX) return `Use at most ${REASON_MAX} characters (now ${reason.length}).`;
  return undefined;
}

export function validateTierChange(v: { tier: Tier; reason: string; reasonCode?: string }, current: Tier) {
  const errors: Partial<Record<'tier' | 'reason' | 'reasonCode', string>> = {};
  if (v.tier === current) errors.tier = `The account is already ${humanize(current)}. Pick another tier.`;
  const reason = checkReason(v.reason);
  if (reason) errors.reason = reason;
  if (promotes(current, v.tier) && !v.reasonCode) errors.reasonCode = `Pick why the account becomes ${humanize(v.tier)}.`;
  return errors;
}

/** The day `days` after the ISO date `day`, as an ISO date. */
function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** An admin's budget override: a reason and an expiry date after today, at most 366 days ahead. */
export function validateOverride(v: { overrideReason: string; overrideExpiresOn: string | null }, today: string) {
  const errors: Partial<Record<'overrideReason' | 'overrideExpiresOn', string>> = {};
  const reason = v.overrideReason.trim();
  if (reason.length === 0) errors.overrideReason = 'Say why this account may pass the budget.';
  else if (reason.length < OVERRIDE_REASON_MIN) errors.overrideReason = `Say why in at least ${OVERRIDE_REASON_MIN} characters.`;
  else if (reason.length > OVERRIDE_REASON_MAX) errors.overrideReason = `Use at most ${OVERRIDE_REASON_MAX} characters (now ${reason.length}).`;
  const expires = v.overrideExpiresOn;
  const latest = addDays(today, OVERRIDE_MAX_DAYS);
  if (!expires) errors.overrideExpiresOn = 'Pick the day the override ends.';
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(expires)) errors.overrideExpiresOn = 'Enter the date as YYYY-MM-DD.';
  else if (expires <= today) errors.overrideExpiresOn = 'Pick a day after today: an override must end in the future.';
  else if (expires > latest) errors.overrideExpiresOn = `Pick a day at most ${OVERRIDE_MAX_DAYS} days ahead (by ${latest}).`;
  return errors;
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
}

/** Fit, ARR, potential, threat score and the target tier's budget, shown before a promotion is saved. */
function PromotionFactsCard({ account, tier }: { account: Account; tier: Tier }) {
  const facts = usePromotionFacts(account.id, true);
  if (facts.isPending) return <Loader size="sm" aria-label="Loading the promotion facts" />;
  if (facts.isError)
    return (
      <Text size="sm" c="red">
        The promotion facts could not be loaded; you can still save.
      </Text>
    );
  const f = facts.data;
  const budget = f.budgets.find((b) => b.tier === tier);
  return (
    <Card withBorder component="section" aria-label="Promotion facts">
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        <Fact label="ICP fit" value={f.icpFit == null ? 'No profile' : `${f.icpFit} / 100`} />
        <Fact label="ARR" value={formatMoney(f.arr)} />
        <Fact label="Potential" value={formatMoney(f.potential)} />
        <Fact label="Threat score" value={`${f.threatScore} / 100`} />
        <Fact label={`${humanize(tier)} budget`} value={budget ? `${budget.used} of ${budget.limit} used` : '—'} />
      </SimpleGrid>
    </Card>
  );
}

/** The swap a refusal offers: one of the owner's accounts leaves the tier in the same request. */
function SwapOffer({
  account,
  tier,
  reasonCode,
  reason,
  candidates,
  onDone,
}: {
  account: Account;
  tier: Tier;
  reasonCode: TierReasonCode;
  reason: string;
  candidates: SwapCandidate[];
  onDone: () => void;
}) {
  const swap = useSwapTier();
  const [demoteId, setDemoteId] = useState<string>(candidates[0]?.accountId ?? '');
  const [demoteReason, setDemoteReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const submit = async () => {
    const problem = checkReason(demoteReason);
    setReasonError(problem);
    if (problem) return;
    setError(null);
    try {
      const done = await swap.mutateAsync({
        id: account.id,
        body: { tier, reasonCode, reason: reason.trim(), demoteAccountId: demoteId, demoteTo: null, demoteReason: demoteReason.trim() },
      });
      notifications.show({
        color: 'green',
        title: 'Tiers swapped',
        message: `${done.promoted.name} is now ${humanize(done.promoted.tier)}; ${done.demoted.name} is now ${humanize(done.demoted.tier)}.`,
      });
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err.message : 'The swap was not saved.');
    }
  };
  return (
    <Card withBorder component="section" aria-label="Swap offer">
      <Stack gap="sm">
        <Text fw={600}>Swap instead</Text>
        <Text size="sm">
          Promote {account.name} to {humanize(tier)} and move one of the owner&apos;s {humanize(tier)} accounts to Standard, in one step.
        </Text>
        <Radio.Group label="Account to move down" value={demoteId} onChange={setDemoteId} required>
          <Stack gap={4} mt="xs">
            {candidates.map((c) => (
              <Radio key={c.accountId} value={c.accountId} label={`${c.name} — fit ${c.icpFit ?? '—'}, ARR ${formatMoney(c.arr)}`} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label="Reason for moving it down"
          required
          autosize
          minRows={2}
          value={demoteReason}
          error={reasonError}
          onChange={(e) => setDemoteReason(e.currentTarget.value)}
        />
        {error && (
          <Alert color="red" title="Swap not saved" role="alert">
            <Text size="sm">{error}</Text>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button onClick={() => void submit()} loading={swap.isPending} disabled={!demoteId}>
            Swap
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export function ChangeTierModal({ account, opened, onClose }: { account: Account; opened: boolean; onClose: () => void }) {
  const change = useChangeTier();
  const admin = isAdmin(useMe().data);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [candidates, setCandidates] = useState<SwapCandidate[]>([]);
  /** The budget refused the promotion and the caller is an admin: the override's fields are shown and sent. */
  const [overriding, setOverriding] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      tier: account.tier === 'STANDARD' ? 'KEY' : 'STANDARD',
      reason: '',
      reasonCode: '',
      overrideReason: '',
      overrideExpiresOn: null,
    },
    validate: (v) => ({
      ...validateTierChange(v, account.tier),
      ...(overriding ? validateOverride(v, new Date().toISOString().slice(0, 10)) : {}),
    }),
  });
  const promoting = promotes(account.tier, form.values.tier);

  const close = () => {
    form.reset();
    setFailure(null);
    setCandidates([]);
    setOverriding(false);
    onClose();
  };

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    setCandidates([]);
    try {
      const updated = await change.mutateAsync({
        id: account.id,
        tier: v.tier,
        reason: v.reason.trim(),
        reasonCode: promotes(account.tier, v.tier) ? (v.reasonCode as TierReasonCode) : null,
        budgetOverride: overriding ? { reason: v.overrideReason.trim(), expiresOn: v.overrideExpiresOn ?? '' } : null,
      });
      notifications.show({ color: 'green', title: 'Tier changed', message: `${updated.name} is now ${humanize(updated.tier)}.` });
      close();
    } catch (err) {
      const failed = applyServerError(form, err, ['tier', 'reason', 'reasonCode']);
      if (err instanceof ApiError && err.status === 422) {
        // The override's fields, named as the API names them, go next to the form's own.
        const fields: Record<string, string> = {};
        for (const e of err.problem.errors) {
          if (e.field === 'budgetOverride.reason') fields.overrideReason = e.message;
          if (e.field === 'budgetOverride.expiresOn') fields.overrideExpiresOn = e.message;
        }
        if (Object.keys(fields).length) {
          form.setErrors({ ...form.errors, ...fields });
          failed.message = 'Fix the highlighted fields and save again.';
        }
      }
      const budget = err instanceof ApiError && isBudgetRefusal(err.problem);
      if (budget && err instanceof ApiError) {
        failed.message = budgetMessage(err.problem, admin);
        if (admin) setOverriding(true);
      }
      setFailure(failed);
      const offered = err instanceof ApiError && err.status === 409 ? err.problem.extra.swapCandidates : undefined;
      setCandidates(Array.isArray(offered) ? (offered as SwapCandidate[]) : []);
    }
  });

  const reasonLength = form.values.reason.trim().length;

  return (
    <Modal opened={opened} onClose={close} title={`Change tier of ${account.name}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Group gap="xs">
            <Text size="sm">Current tier:</Text>
            <TierBadge tier={account.tier} />
          </Group>
          <Radio.Group label="New tier" required {...form.getInputProps('tier')}>
            <Group mt="xs">
              {tierValues.map((t) => (
                <Radio key={t} value={t} label={humanize(t)} disabled={t === account.tier} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label="Reason"
            description={`Recorded in the tier history. ${REASON_MIN}–${REASON_MAX} characters (${reasonLength}/${REASON_MAX}).`}
            required
            withAsterisk
            autosize
            minRows={3}
            maxRows={8}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          {promoting && (
            <>
              <Select
                label="Reason code"
                description="Why the account is promoted; kept in the tier history"
                required
                withAsterisk
                placeholder="Pick one"
                data={tierReasonCodeValues.map((c) => ({ value: c, label: humanize(c) }))}
                {...form.getInputProps('reasonCode')}
              />
              <PromotionFactsCard account={account} tier={form.values.tier} />
            </>
          )}
          {failure?.message && (
            <Alert color={failure.conflict ? 'orange' : 'red'} title={failure.conflict ? 'Tier change refused' : 'Not saved'} role="alert">
              <Text size="sm">{failure.message}</Text>
              {failure.conflict && !overriding && (
                <Anchor component={Link} to="/workload" size="sm" onClick={close}>
                  See the team's workload
                </Anchor>
              )}
            </Alert>
          )}
          {overriding && promoting && (
            <Card withBorder component="section" aria-label="Budget override">
              <Stack gap="sm">
                <Text fw={600}>Override the {humanize(form.values.tier)} budget</Text>
                <Text size="sm">
                  The account may be {humanize(form.values.tier)} beyond the budget until the override ends, and does not count against the budget until then.
                  Both fields are required.
                </Text>
                <Textarea
                  label="Override reason"
                  description={`Kept with the tier history. ${OVERRIDE_REASON_MIN}–${OVERRIDE_REASON_MAX} characters (${form.values.overrideReason.trim().length}/${OVERRIDE_REASON_MAX}).`}
                  required
                  withAsterisk
                  autosize
                  minRows={2}
                  {...form.getInputProps('overrideReason')}
                />
                <DateInput
                  label="Override expires on"
                  description={`A day after today, at most ${OVERRIDE_MAX_DAYS} days ahead.`}
                  valueFormat="YYYY-MM-DD"
                  placeholder="YYYY-MM-DD"
                  required
                  withAsterisk
                  {...form.getInputProps('overrideExpiresOn')}
                />
              </Stack>
            </Card>
          )}
          {candidates.length > 0 && promoting && form.values.reasonCode && (
            <SwapOffer
              account={account}
              tier={form.values.tier}
              reasonCode={form.values.reasonCode as TierReasonCode}
              reason={form.values.reason}
              candidates={candidates}
              onDone={close}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={change.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={change.isPending}>
              {overriding ? 'Change tier with override' : 'Change tier'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
