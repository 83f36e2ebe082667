import { Alert, Button, Card, Checkbox, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/problem';
import { tierValues } from '../../api/schema';
import { TierBadge } from '../../components/badges';
import { NumberField } from '../../components/NumberField';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState } from '../../components/QueryState';
import { applyServerError, type FormFailure } from '../../components/server-errors';
import { useMe } from '../auth/api';
import { canManage } from '../auth/permissions';
import { alertKeys, useAlertSettings, useReplaceAlertSettings, type AlertSettings, type Tier } from './api';
import { toPolicyInput, validatePolicy, type PolicyValues } from './model';

type FormValues = Record<Tier, PolicyValues> & Record<string, unknown>;

function initialValues(settings: AlertSettings): FormValues {
  const values = {} as FormValues;
  for (const p of settings.policies) {
    values[p.tier] = {
      stoppedBuying: p.stoppedBuying,
      volumeDrop: p.volumeDrop,
      revenueDecline: p.revenueDecline,
      minMonthsBought: p.minMonthsBought,
      volumeDropPct: p.volumeDropPct,
      revenueDeclinePct: p.revenueDeclinePct,
    };
  }
  return values;
}

/** The fields the server names (`policies[1].volumeDropPct`) as this form names them (`KEY.volumeDropPct`). */
function serverFields(settings: AlertSettings): string[] {
  return settings.policies.flatMap((p) => ['minMonthsBought', 'volumeDropPct', 'revenueDeclinePct'].map((f) => `${p.tier}.${f}`));
}

/** The server's `policies[1].volumeDropPct` as this form names it (`KEY.volumeDropPct`), so each message shows by its field. */
function withFormFields(err: unknown, tiers: Tier[]): unknown {
  if (!(err instanceof ApiError)) return err;
  const errors = err.problem.errors.map((e) => {
    const m = /^policies\[(\d+)\]\.(\w+)$/.exec(e.field);
    const tier = m ? tiers[Number(m[1])] : undefined;
    return m && tier ? { ...e, field: `${tier}.${m[2]}` } : e;
  });
  return new ApiError({ ...err.problem, errors }, err.headers);
}

function SettingsForm({ settings, readOnly }: { settings: AlertSettings; readOnly: boolean }) {
  const replace = useReplaceAlertSettings();
  const qc = useQueryClient();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const tiers = settings.policies.map((p) => p.tier);
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: initialValues(settings),
    validate: (v) => {
      const errors: Record<string, string> = {};
      for (const tier of tiers) {
        for (const [field, message] of Object.entries(validatePolicy(v[tier]))) {
          if (message) errors[`${tier}.${field}`] = message;
        }
      }
      return errors;
    },
  });
  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      await replace.mutateAsync({ version: settings.version, body: { policies: tiers.map((t) => toPolicyInput(t, v[t])) } });
      notifications.show({ color: 'green', title: 'Alert thresholds saved', message: 'The next checks use them.' });
    } catch (err) {
      setFailure(applyServerError(form, withFormFields(err, tiers), serverFields(settings)));
    }
  });
  const ordered = [...tiers].sort((a, b) => tierValues.indexOf(b) - tierValues.indexOf(a));
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {ordered.map((tier) => (
          <Card withBorder key={tier} component="section" aria-label={`${tier} alert policy`}>
            <TierBadge tier={tier} size="lg" />
            <Group mt="sm" gap="lg">
              <Checkbox label="Stopped buying" disabled={readOnly} {...form.getInputProps(`${tier}.stoppedBuying`, { type: 'checkbox' })} />
              <Checkbox label="Volume drop" disabled={readOnly} {...form.getInputProps(`${tier}.volumeDrop`, { type: 'checkbox' })} />
              <Checkbox label="Revenue decline" disabled={readOnly} {...form.getInputProps(`${tier}.revenueDecline`, { type: 'checkbox' })} />
            </Group>
            <Group align="flex-start" mt="sm" gap="md" wrap="wrap">
              <NumberField
                label="Bought in at least (of 6 months)"
                description="A product counts as bought regularly from this many months"
                required
                w={260}
                readOnly={readOnly}
                {...form.getInputProps(`${tier}.minMonthsBought`)}
              />
              <NumberField
                label="Volume drop (%)"
                description="Alert when the latest month is more than this below the 6-month average"
                required
                w={260}
                readOnly={readOnly}
                {...form.getInputProps(`${tier}.volumeDropPct`)}
              />
              <NumberField
                label="Revenue decline (%)"
                description="Alert when the last 3 months are more than this below a year earlier"
                required
                w={260}
                readOnly={readOnly}
                {...form.getInputProps(`${tier}.revenueDeclinePct`)}
              />
            </Group>
          </Card>
        ))}
        {failure?.message && (
          <Alert color={failure.conflict || failure.stale ? 'orange' : 'red'} role="alert">
            {failure.message}
            {failure.stale && (
              <Group mt="xs">
                <Button size="xs" variant="white" color="orange" onClick={() => void qc.invalidateQueries({ queryKey: alertKeys.settings })}>
                  Reload latest version
                </Button>
              </Group>
            )}
          </Alert>
        )}
        {!readOnly && (
          <Group>
            <Button type="submit" loading={replace.isPending} disabled={!form.isDirty()}>
              Save thresholds
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** Settings › Revenue alerts: which rules run for each tier and their thresholds. */
export function RevenueAlertSettingsPage() {
  const settings = useAlertSettings();
  const readOnly = !canManage(useMe().data);
  return (
    <>
      <PageHeader
        title="Revenue alerts"
        description="Which revenue alerts each tier gets and when they are raised. Stopped buying: a product bought in at least the given number of the 6 months before a silence of N months (N is 2, or 1.5 times its usual gap between orders when longer). Open alerts stay as they are when you change these."
      />
      <Stack maw={900}>
        {readOnly && (
          <Alert color="gray" variant="light">
            Only managers and admins change the alert thresholds; you can read them here.
          </Alert>
        )}
        {settings.isPending && <Skeleton height={300} />}
        {settings.isError && <ErrorState error={settings.error} onRetry={() => void settings.refetch()} title="Could not load the alert thresholds" />}
        {settings.data && (
          <>
            <Text size="xs" c="dimmed">
              Thresholds are percentages above 0 and at most 100.
            </Text>
            <SettingsForm key={settings.data.version} settings={settings.data} readOnly={readOnly} />
          </>
        )}
      </Stack>
    </>
  );
}
