import { Alert, Button, Card, Group, SegmentedControl, Skeleton, Stack, TagsInput, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { CountryMultiSelect } from '../../components/CountrySelect';
import { humanize } from '../../components/format';
import { NumberField } from '../../components/NumberField';
import { readNumber, type NumberValue } from '../../components/number-check';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState } from '../../components/QueryState';
import { applyServerError, type FormFailure } from '../../components/server-errors';
import { useMe } from '../auth/api';
import { canManage, canManageUsers } from '../auth/permissions';
import { useIcpProfile, useTierBudgets, useUpdateIcpProfile, useUpdateTierBudget, type IcpProfile, type TierBudget } from './api';

interface ProfileValues {
  [key: string]: unknown;
  industries: string[];
  countries: string[];
  employeesMin: NumberValue;
  employeesMax: NumberValue;
  revenueMin: NumberValue;
  revenueMax: NumberValue;
  industryWeight: NumberValue;
  employeesWeight: NumberValue;
  revenueWeight: NumberValue;
  countryWeight: NumberValue;
  reviewLowFit: NumberValue;
  reviewHighFit: NumberValue;
  reviewMonths: NumberValue;
}

const FIELDS = [
  'industries',
  'countries',
  'employeesMin',
  'employeesMax',
  'revenueMin',
  'revenueMax',
  'industryWeight',
  'employeesWeight',
  'revenueWeight',
  'countryWeight',
  'reviewLowFit',
  'reviewHighFit',
  'reviewMonths',
] as const;

function wholeOrEmpty(v: NumberValue, what: string, required: boolean): string | undefined {
  const n = readNumber(v);
  if (n === null) return required ? `Enter ${what}.` : undefined;
  if (!Number.isFinite(n) || n < 0) return `Enter ${what} as a number of 0 or more.`;
  return undefined;
}

export function validateProfile(v: ProfileValues) {
  const e: Partial<Record<keyof ProfileValues, string>> = {};
  for (const f of ['industryWeight', 'employeesWeight', 'revenueWeight', 'countryWeight', 'reviewLowFit', 'reviewHighFit'] as const) {
    const n = readNumber(v[f]);
    if (n === null || !Number.isInteger(n) || n < 0 || n > 100) e[f] = 'Enter a whole number from 0 to 100.';
  }
  for (const f of ['employeesMin', 'employeesMax', 'revenueMin', 'revenueMax'] as const) {
    const problem = wholeOrEmpty(v[f], 'a value', false);
    if (problem) e[f] = problem;
  }
  const low = readNumber(v.reviewLowFit);
  const high = readNumber(v.reviewHighFit);
  if (low !== null && high !== null && low >= high) e.reviewHighFit = `Set the high fit above the low fit (${low}).`;
  const months = readNumber(v.reviewMonths);
  if (months === null || ![1, 2, 3, 4, 6, 12].includes(months)) e.reviewMonths = 'Choose 1, 2, 3, 4, 6 or 12 months.';
  return e;
}

function toValues(p: IcpProfile): ProfileValues {
  return {
    industries: p.industries,
    countries: p.countries,
    employeesMin: p.employeesMin ?? '',
    employeesMax: p.employeesMax ?? '',
    revenueMin: p.revenueMin ?? '',
    revenueMax: p.revenueMax ?? '',
    industryWeight: p.industryWeight,
    employeesWeight: p.employeesWeight,
    revenueWeight: p.revenueWeight,
    countryWeight: p.countryWeight,
    reviewLowFit: p.reviewLowFit,
    reviewHighFit: p.reviewHighFit,
    reviewMonths: p.reviewMonths,
  };
}

function ProfileForm({ profile, readOnly }: { profile: IcpProfile; readOnly: boolean }) {
  const update = useUpdateIcpProfile();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const form = useForm<ProfileValues>({ mode: 'controlled', initialValues: toValues(profile), validate: validateProfile });
  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      await update.mutateAsync({
        version: profile.version,
        body: {
          industries: v.industries,
          countries: v.countries,
          employeesMin: readNumber(v.employeesMin),
          employeesMax: readNumber(v.employeesMax),
          revenueMin: readNumber(v.revenueMin),
          revenueMax: readNumber(v.revenueMax),
          industryWeight: readNumber(v.industryWeight) ?? 0,
          employeesWeight: readNumber(v.employeesWeight) ?? 0,
          revenueWeight: readNumber(v.revenueWeight) ?? 0,
          countryWeight: readNumber(v.countryWeight) ?? 0,
          reviewLowFit: readNumber(v.reviewLowFit) ?? 0,
          reviewHighFit: readNumber(v.reviewHighFit) ?? 0,
          reviewMonths: readNumber(v.reviewMonths) ?? 6,
        },
      });
      notifications.show({ color: 'green', title: 'ICP profile saved', message: 'Every account’s fit was recomputed.' });
    } catch (err) {
      setFailure(applyServerError(form, err, FIELDS));
    }
  });
  return (
    <Card withBorder component="section" aria-label="ICP profile">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3}>Ideal customer profile</Title>
          <TagsInput label="Industries" description="Press Enter after each; empty: any" readOnly={readOnly} {...form.getInputProps('industries')} />
          <CountryMultiSelect label="Countries" value={form.values.countries} onChange={(codes) => form.setFieldValue('countries', codes)} />
          <Group align="flex-start" wrap="wrap">
            <NumberField label="Employees from" w={180} readOnly={readOnly} {...form.getInputProps('employeesMin')} />
            <NumberField label="Employees to" w={180} readOnly={readOnly} {...form.getInputProps('employeesMax')} />
            <NumberField label="Annual revenue from" w={180} readOnly={readOnly} {...form.getInputProps('revenueMin')} />
            <NumberField label="Annual revenue to" w={180} readOnly={readOnly} {...form.getInputProps('revenueMax')} />
          </Group>
          <Group align="flex-start" wrap="wrap">
            <NumberField label="Industry weight" required w={140} readOnly={readOnly} {...form.getInputProps('industryWeight')} />
            <NumberField label="Employees weight" required w={140} readOnly={readOnly} {...form.getInputProps('employeesWeight')} />
            <NumberField label="Revenue weight" required w={140} readOnly={readOnly} {...form.getInputProps('revenueWeight')} />
            <NumberField label="Country weight" required w={140} readOnly={readOnly} {...form.getInputProps('countryWeight')} />
          </Group>
          <Group align="flex-start" wrap="wrap">
            <NumberField label="Review: low fit below" required w={180} readOnly={readOnly} {...form.getInputProps('reviewLowFit')} />
            <NumberField label="Review: high fit from" required w={180} readOnly={readOnly} {...form.getInputProps('reviewHighFit')} />
            <NumberField label="Review every (months)" required w={180} readOnly={readOnly} {...form.getInputProps('reviewMonths')} />
          </Group>
          {failure?.message && (
            <Alert color="red" title="Not saved" role="alert">
              <Text size="sm">{failure.message}</Text>
            </Alert>
          )}
          {!readOnly && (
            <Group justify="flex-end">
              <Button type="submit" loading={update.isPending}>
                Save profile
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}

function BudgetCard({ budget, readOnly }: { budget: TierBudget; readOnly: boolean }) {
  const update = useUpdateTierBudget();
  const [kind, setKind] = useState<'share' | 'count'>(budget.maxCount != null ? 'count' : 'share');
  const [value, setValue] = useState<NumberValue>(budget.maxCount ?? budget.maxSharePct ?? '');
  const [error, setError] = useState<string | null>(null);
  const tier = budget.tier as 'KEY' | 'STRATEGIC';
  const save = async () => {
    setError(null);
    const n = readNumber(value);
    if (n === null || n < 0 || (kind === 'share' && (n <= 0 || n > 100)) || (kind === 'count' && !Number.isInteger(n))) {
      setError(kind === 'share' ? 'Enter a share above 0 and at most 100.' : 'Enter a whole number of accounts.');
      return;
    }
    try {
      await update.mutateAsync({
        tier,
        version: budget.version,
        body: kind === 'share' ? { maxSharePct: n, maxCount: null } : { maxCount: n, maxSharePct: null },
      });
      notifications.show({ color: 'green', title: 'Tier budget saved', message: `${humanize(tier)} budget updated.` });
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Not saved.');
    }
  };
  return (
    <Card withBorder component="section" aria-label={`${humanize(tier)} budget`}>
      <Stack gap="xs">
        <Title order={4}>{humanize(tier)} budget</Title>
        <Text size="sm">
          {budget.used} of {budget.limit} used ({budget.live} live accounts{budget.overridden ? `, ${budget.overridden} under an override` : ''})
        </Text>
        <SegmentedControl
          value={kind}
          onChange={(k) => setKind(k as 'share' | 'count')}
          disabled={readOnly}
          data={[
            { value: 'share', label: 'Share (%)' },
            { value: 'count', label: 'Count' },
          ]}
        />
        <NumberField
          label={kind === 'share' ? `${humanize(tier)} share of live accounts (%)` : `${humanize(tier)} accounts at most`}
          value={value}
          onChange={setValue}
          error={error ?? undefined}
          readOnly={readOnly}
          w={260}
        />
        {!readOnly && (
          <Group>
            <Button onClick={() => void save()} loading={update.isPending}>
              Save {humanize(tier)} budget
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

export function IcpSettingsPage() {
  const me = useMe();
  const profile = useIcpProfile();
  const budgets = useTierBudgets();
  return (
    <Stack>
      <PageHeader title="ICP and tier budget" />
      {profile.isPending ? (
        <Skeleton h={300} />
      ) : profile.isError ? (
        <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />
      ) : (
        <ProfileForm key={profile.data.version} profile={profile.data} readOnly={!canManage(me.data)} />
      )}
      {budgets.isPending ? (
        <Skeleton h={160} />
      ) : budgets.isError ? (
        <ErrorState error={budgets.error} onRetry={() => void budgets.refetch()} />
      ) : (
        <Group align="stretch" grow>
          {budgets.data.items.map((b) => (
            <BudgetCard key={`${b.tier}-${b.version}`} budget={b} readOnly={!canManageUsers(me.data)} />
          ))}
        </Group>
      )}
    </Stack>
  );
}
