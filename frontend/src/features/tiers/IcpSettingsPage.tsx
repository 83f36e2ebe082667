import { Alert, Badge, Button, Card, Group, Modal, SegmentedControl, Skeleton, Stack, Switch, Table, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { CountryMultiSelect } from '../../components/CountrySelect';
import { humanize } from '../../components/format';
import { NumberField } from '../../components/NumberField';
import { readNumber, type NumberValue } from '../../components/number-check';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { rules } from '../../api/rules';
import { applyServerError, type FormFailure } from '../../components/server-errors';
import { useMe } from '../auth/api';
import { canManage, canManageUsers } from '../auth/permissions';
import {
  useCreateIcpProfile,
  useDeleteIcpProfile,
  useIcpProfile,
  useIcpProfiles,
  useTierBudgets,
  useUpdateIcpProfile,
  useUpdateIcpProfileById,
  useUpdateTierBudget,
  type IcpProfile,
  type IcpProfileDetail,
  type IcpProfileWrite,
  type TierBudget,
} from './api';

const LIMITS = rules.limits.IcpProfileWrite;

interface ProfileValues {
  [key: string]: unknown;
  name: string;
  active: boolean;
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
}

const FIELDS = [
  'name',
  'active',
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
] as const;

const WEIGHTS = ['industryWeight', 'employeesWeight', 'revenueWeight', 'countryWeight'] as const;

/** A profile's criteria, checked as the API checks them (limits from rules.json), each problem a whole sentence. */
export function validateProfile(v: ProfileValues) {
  const e: Partial<Record<keyof ProfileValues, string>> = {};
  const name = v.name.trim();
  if (name.length === 0) e.name = 'Give the profile a name.';
  else if (name.length > LIMITS.name.maxLength) e.name = `Use at most ${LIMITS.name.maxLength} characters (now ${name.length}).`;
  const longIndustry = v.industries.find((i) => i.trim().length > LIMITS.industries.itemMaxLength);
  if (longIndustry) e.industries = `Shorten each industry to at most ${LIMITS.industries.itemMaxLength} characters.`;
  for (const f of WEIGHTS) {
    const n = readNumber(v[f]);
    if (n === null || !Number.isInteger(n) || n < LIMITS[f].minimum || n > LIMITS[f].maximum) {
      e[f] = `Enter a whole number from ${LIMITS[f].minimum} to ${LIMITS[f].maximum}.`;
    }
  }
  if (!WEIGHTS.some((f) => e[f]) && WEIGHTS.every((f) => readNumber(v[f]) === 0)) e.industryWeight = 'Give at least one criterion a weight above 0.';
  for (const f of ['employeesMin', 'employeesMax', 'revenueMin', 'revenueMax'] as const) {
    const n = readNumber(v[f]);
    if (n !== null && (!Number.isFinite(n) || n < 0)) e[f] = 'Enter a number of 0 or more, or leave it empty.';
  }
  const eMin = readNumber(v.employeesMin);
  const eMax = readNumber(v.employeesMax);
  if (!e.employeesMax && eMin !== null && eMax !== null && eMin > eMax)
    e.employeesMax = `Make the largest employee count at least the smallest (${eMin}), or leave one end open.`;
  const rMin = readNumber(v.revenueMin);
  const rMax = readNumber(v.revenueMax);
  if (!e.revenueMax && rMin !== null && rMax !== null && rMin > rMax)
    e.revenueMax = `Make the largest annual revenue at least the smallest (${rMin}), or leave one end open.`;
  return e;
}

const EMPTY: ProfileValues = {
  name: '',
  active: true,
  industries: [],
  countries: [],
  employeesMin: '',
  employeesMax: '',
  revenueMin: '',
  revenueMax: '',
  industryWeight: 25,
  employeesWeight: 25,
  revenueWeight: 25,
  countryWeight: 25,
};

function toValues(p: IcpProfileDetail): ProfileValues {
  return {
    name: p.name,
    active: p.active,
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
  };
}

function toWrite(v: ProfileValues): IcpProfileWrite {
  return {
    name: v.name.trim(),
    active: v.active,
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
  };
}

function range(min: number | string | null | undefined, max: number | string | null | undefined): string | null {
  if (min == null && max == null) return null;
  if (min != null && max != null) return `${min}–${max}`;
  return min != null ? `at least ${min}` : `at most ${max}`;
}

/** The profile's set criteria in a line, each with its weight. */
export function describeProfile(p: IcpProfileDetail): string {
  const parts: string[] = [];
  if (p.industries.length && p.industryWeight) parts.push(`Industry ${p.industries.join(', ')} (${p.industryWeight})`);
  const employees = range(p.employeesMin, p.employeesMax);
  if (employees && p.employeesWeight) parts.push(`Employees ${employees} (${p.employeesWeight})`);
  const revenue = range(p.revenueMin, p.revenueMax);
  if (revenue && p.revenueWeight) parts.push(`Revenue ${revenue} (${p.revenueWeight})`);
  if (p.countries.length && p.countryWeight) parts.push(`Country ${p.countries.join(', ')} (${p.countryWeight})`);
  return parts.length ? parts.join(' · ') : 'No criterion set: gives no fit.';
}

function ProfileModal({ profile, opened, onClose }: { profile: IcpProfileDetail | null; opened: boolean; onClose: () => void }) {
  const create = useCreateIcpProfile();
  const update = useUpdateIcpProfileById();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const form = useForm<ProfileValues>({ mode: 'controlled', initialValues: profile ? toValues(profile) : EMPTY, validate: validateProfile });
  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      if (profile) await update.mutateAsync({ id: profile.id, version: profile.version, body: toWrite(v) });
      else await create.mutateAsync(toWrite(v));
      notifications.show({ color: 'green', title: 'ICP profile saved', message: 'Every account’s fit was recomputed.' });
      onClose();
    } catch (err) {
      setFailure(applyServerError(form, err, FIELDS));
    }
  });
  return (
    <Modal opened={opened} onClose={onClose} title={profile ? `Edit ${profile.name}` : 'New ICP profile'} size="lg">
      <form onSubmit={submit} noValidate aria-label="ICP profile">
        <Stack>
          <TextInput label="Name" required withAsterisk data-autofocus {...form.getInputProps('name')} />
          <Switch label="Active: counts towards every account’s fit" {...form.getInputProps('active', { type: 'checkbox' })} />
          <TagsInput label="Industries" description="Press Enter after each; empty: any" {...form.getInputProps('industries')} />
          <CountryMultiSelect label="Countries" value={form.values.countries} onChange={(codes) => form.setFieldValue('countries', codes)} />
          <Group align="flex-start" wrap="wrap">
            <NumberField label="Employees from" w={180} {...form.getInputProps('employeesMin')} />
            <NumberField label="Employees to" w={180} {...form.getInputProps('employeesMax')} />
            <NumberField label="Annual revenue from" w={180} {...form.getInputProps('revenueMin')} />
            <NumberField label="Annual revenue to" w={180} {...form.getInputProps('revenueMax')} />
          </Group>
          <Group align="flex-start" wrap="wrap">
            <NumberField label="Industry weight" required w={140} {...form.getInputProps('industryWeight')} />
            <NumberField label="Employees weight" required w={140} {...form.getInputProps('employeesWeight')} />
            <NumberField label="Revenue weight" required w={140} {...form.getInputProps('revenueWeight')} />
            <NumberField label="Country weight" required w={140} {...form.getInputProps('countryWeight')} />
          </Group>
          {failure?.message && (
            <Alert color={failure.conflict ? 'orange' : 'red'} title="Not saved" role="alert">
              <Text size="sm">{failure.message}</Text>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              Save profile
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function DeleteProfileModal({ profile, onClose }: { profile: IcpProfileDetail; onClose: () => void }) {
  const remove = useDeleteIcpProfile();
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setError(null);
    try {
      await remove.mutateAsync({ id: profile.id, version: profile.version });
      notifications.show({ color: 'green', title: 'ICP profile deleted', message: `${profile.name} is gone; every account’s fit was recomputed.` });
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Not deleted.');
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Delete ${profile.name}?`}>
      <Stack>
        <Text size="sm">Accounts whose best fit came from this profile get their fit from the remaining active profiles.</Text>
        {error && (
          <Alert color="orange" title="Not deleted" role="alert">
            <Text size="sm">{error}</Text>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={remove.isPending}>
            Delete profile
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function ProfilesCard({ readOnly }: { readOnly: boolean }) {
  const profiles = useIcpProfiles();
  const [editing, setEditing] = useState<IcpProfileDetail | 'new' | null>(null);
  const [deleting, setDeleting] = useState<IcpProfileDetail | null>(null);
  const items = profiles.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-label="ICP profiles">
      <Stack>
        <Group justify="space-between">
          <Title order={3}>Ideal customer profiles</Title>
          {!readOnly && <Button onClick={() => setEditing('new')}>New profile</Button>}
        </Group>
        <Text size="sm" c="dimmed">
          Each account’s ICP fit is its best fit over the active profiles; the account shows which profile gave it.
        </Text>
        {profiles.isPending ? (
          <Skeleton h={120} />
        ) : profiles.isError ? (
          <ErrorState error={profiles.error} onRetry={() => void profiles.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState title="No ICP profile yet">Create one so that accounts get a fit.</EmptyState>
        ) : (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Criteria (weight)</Table.Th>
                {!readOnly && <Table.Th aria-label="Actions" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm" fw={600}>
                        {p.name}
                      </Text>
                      {p.isDefault && (
                        <Badge variant="light" size="sm">
                          Default
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={p.active ? 'green' : 'gray'} variant="light">
                      {p.active ? 'Active' : 'Inactive'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{describeProfile(p)}</Text>
                  </Table.Td>
                  {!readOnly && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="light" onClick={() => setEditing(p)} aria-label={`Edit ${p.name}`}>
                          Edit
                        </Button>
                        <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(p)} aria-label={`Delete ${p.name}`}>
                          Delete
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {editing && (
        <ProfileModal
          key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
          profile={editing === 'new' ? null : editing}
          opened
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && <DeleteProfileModal profile={deleting} onClose={() => setDeleting(null)} />}
    </Card>
  );
}

interface ReviewValues {
  [key: string]: unknown;
  reviewLowFit: NumberValue;
  reviewHighFit: NumberValue;
  reviewMonths: NumberValue;
}

export function validateReview(v: ReviewValues) {
  const e: Partial<Record<keyof ReviewValues, string>> = {};
  for (const f of ['reviewLowFit', 'reviewHighFit'] as const) {
    const n = readNumber(v[f]);
    if (n === null || !Number.isInteger(n) || n < 0 || n > 100) e[f] = 'Enter a whole number from 0 to 100.';
  }
  const low = readNumber(v.reviewLowFit);
  const high = readNumber(v.reviewHighFit);
  if (!e.reviewHighFit && low !== null && high !== null && low >= high) e.reviewHighFit = `Set the high fit above the low fit (${low}).`;
  const months = readNumber(v.reviewMonths);
  if (months === null || ![1, 2, 3, 4, 6, 12].includes(months)) e.reviewMonths = 'Choose 1, 2, 3, 4, 6 or 12 months.';
  return e;
}

/** The tier review's thresholds; saved with the single-profile API, which carries the default profile unchanged. */
function ReviewForm({ profile, readOnly }: { profile: IcpProfile; readOnly: boolean }) {
  const update = useUpdateIcpProfile();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const form = useForm<ReviewValues>({
    mode: 'controlled',
    initialValues: { reviewLowFit: profile.reviewLowFit, reviewHighFit: profile.reviewHighFit, reviewMonths: profile.reviewMonths },
    validate: validateReview,
  });
  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      await update.mutateAsync({
        version: profile.version,
        body: {
          industries: profile.industries,
          countries: profile.countries,
          employeesMin: profile.employeesMin,
          employeesMax: profile.employeesMax,
          revenueMin: profile.revenueMin,
          revenueMax: profile.revenueMax,
          industryWeight: profile.industryWeight,
          employeesWeight: profile.employeesWeight,
          revenueWeight: profile.revenueWeight,
          countryWeight: profile.countryWeight,
          reviewLowFit: readNumber(v.reviewLowFit) ?? 0,
          reviewHighFit: readNumber(v.reviewHighFit) ?? 0,
          reviewMonths: readNumber(v.reviewMonths) ?? 6,
        },
      });
      notifications.show({ color: 'green', title: 'Tier review saved', message: 'The thresholds apply to the next review list.' });
    } catch (err) {
      setFailure(applyServerError(form, err, ['reviewLowFit', 'reviewHighFit', 'reviewMonths']));
    }
  });
  return (
    <Card withBorder component="section" aria-label="Tier review">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3}>Tier review</Title>
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
                Save tier review
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
      <ProfilesCard readOnly={!canManage(me.data)} />
      {profile.isPending ? (
        <Skeleton h={160} />
      ) : profile.isError ? (
        <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />
      ) : (
        <ReviewForm key={profile.data.version} profile={profile.data} readOnly={!canManage(me.data)} />
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
