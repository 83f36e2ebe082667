import { Alert, Button, Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { TierBadge } from '../../components/badges';
import { formatDateTime, humanize } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { NumberField } from '../../components/NumberField';
import { checkNumber, readNumber, type NumberValue } from '../../components/number-check';
import { ErrorState } from '../../components/QueryState';
import { applyServerError, type FormFailure } from '../../components/server-errors';
import { tierKeys, useTierPolicies, useUpdateTierPolicy, type TierPolicy } from './api';
import { useQueryClient } from '@tanstack/react-query';
import { useMe } from '../auth/api';
import { canEditTierPolicies } from '../auth/permissions';
import { rules } from '../../api/rules';
import { tierValues } from '../../api/schema';

const LIMITS = rules.limits.TierPolicyUpdate;

export interface PolicyValues {
  [key: string]: unknown;
  maxAccountsPerOwner: NumberValue;
  qbrCadenceDays: NumberValue;
  minDecisionContacts: NumberValue;
  minBusinessUnits: NumberValue;
  touchCadenceDays: NumberValue;
  renewalLeadDays: NumberValue;
}

const POLICY_FIELDS = ['maxAccountsPerOwner', 'qbrCadenceDays', 'minDecisionContacts', 'minBusinessUnits', 'touchCadenceDays', 'renewalLeadDays'] as const;

export function validatePolicy(v: PolicyValues) {
  const e: Partial<Record<keyof PolicyValues, string>> = {};
  const limit = checkNumber(v.maxAccountsPerOwner, LIMITS.maxAccountsPerOwner);
  if (limit) e.maxAccountsPerOwner = `${limit} Leave it empty for no limit.`;
  const cadence = checkNumber(v.qbrCadenceDays, LIMITS.qbrCadenceDays, 'Enter the number of days between QBRs.');
  if (cadence) e.qbrCadenceDays = cadence;
  const decision = checkNumber(v.minDecisionContacts, LIMITS.minDecisionContacts, 'Enter how many decision-role contacts the tier needs; 0 for none.');
  if (decision) e.minDecisionContacts = decision;
  const units = checkNumber(v.minBusinessUnits, LIMITS.minBusinessUnits, 'Enter in how many business units the tier needs contacts; 0 for none.');
  if (units) e.minBusinessUnits = units;
  const touch = checkNumber(v.touchCadenceDays, LIMITS.touchCadenceDays);
  if (touch) e.touchCadenceDays = `${touch} Leave it empty for no touch cadence.`;
  const lead = checkNumber(v.renewalLeadDays, LIMITS.renewalLeadDays, 'Enter how many days before the notice period a renewal opens; 0 for none.');
  if (lead) e.renewalLeadDays = lead;
  return e;
}

function PolicyCard({ policy, readOnly }: { policy: TierPolicy; readOnly: boolean }) {
  const update = useUpdateTierPolicy();
  const qc = useQueryClient();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const initial: PolicyValues = {
    maxAccountsPerOwner: policy.maxAccountsPerOwner ?? '',
    qbrCadenceDays: policy.qbrCadenceDays,
    minDecisionContacts: policy.minDecisionContacts,
    minBusinessUnits: policy.minBusinessUnits,
    touchCadenceDays: policy.touchCadenceDays ?? '',
    renewalLeadDays: policy.renewalLeadDays,
  };
  const form = useForm<PolicyValues>({ mode: 'controlled', initialValues: initial, validate: validatePolicy });
  const tierName = humanize(policy.tier);

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      await update.mutateAsync({
        tier: policy.tier,
        version: policy.version,
        body: {
          maxAccountsPerOwner: readNumber(v.maxAccountsPerOwner),
          qbrCadenceDays: readNumber(v.qbrCadenceDays) ?? 0,
          minDecisionContacts: readNumber(v.minDecisionContacts) ?? 0,
          minBusinessUnits: readNumber(v.minBusinessUnits) ?? 0,
          touchCadenceDays: readNumber(v.touchCadenceDays),
          renewalLeadDays: readNumber(v.renewalLeadDays) ?? 0,
        },
      });
      notifications.show({ color: 'green', title: 'Tier policy saved', message: `${tierName} tier updated.` });
    } catch (err) {
      setFailure(applyServerError(form, err, POLICY_FIELDS));
    }
  });

  return (
    <Card withBorder component="section" aria-label={`${tierName} tier policy`}>
      <form onSubmit={submit} noValidate>
        <Group justify="space-between" mb="sm">
          <TierBadge tier={policy.tier} size="lg" />
          <Text size="xs" c="dimmed">
            Updated {formatDateTime(policy.updatedAt)}
          </Text>
        </Group>
        <Group align="flex-start" wrap="wrap" gap="md">
          <NumberField
            label="Max accounts per owner"
            description="Leave empty for no limit"
            placeholder="Unlimited"
            w={240}
            readOnly={readOnly}
            {...form.getInputProps('maxAccountsPerOwner')}
          />
          <NumberField
            label="QBR cadence (days)"
            description="Days between business reviews"
            required
            w={240}
            readOnly={readOnly}
            {...form.getInputProps('qbrCadenceDays')}
          />
          <NumberField
            label="Decision-role contacts"
            description="At least this many executive sponsors, decision makers or economic buyers"
            required
            w={240}
            readOnly={readOnly}
            {...form.getInputProps('minDecisionContacts')}
          />
          <NumberField
            label="Business units covered"
            description="Contacts in at least this many units"
            required
            w={240}
            readOnly={readOnly}
            {...form.getInputProps('minBusinessUnits')}
          />
          <NumberField
            label="Touch cadence (days)"
            description="Most days without a logged activity; empty for none"
            placeholder="No cadence"
            w={240}
            readOnly={readOnly}
            {...form.getInputProps('touchCadenceDays')}
          />
          <NumberField
            label="Renewal lead time (days)"
            description="A contract’s renewal opportunity opens this long before its notice period"
            required
            w={240}
            readOnly={readOnly}
            {...form.getInputProps('renewalLeadDays')}
          />
          {!readOnly && (
            <Group gap="xs" mt={47}>
              <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
                Save {tierName}
              </Button>
              {form.isDirty() && (
                <Button
                  variant="subtle"
                  onClick={() => {
                    form.reset();
                    setFailure(null);
                  }}
                >
                  Undo
                </Button>
              )}
            </Group>
          )}
        </Group>
        {failure?.message && (
          <Alert color={failure.conflict || failure.stale ? 'orange' : 'red'} mt="sm" role="alert">
            {failure.message}
            {failure.stale && (
              <Group mt="xs">
                <Button size="xs" variant="white" color="orange" onClick={() => void qc.invalidateQueries({ queryKey: tierKeys.policies })}>
                  Reload latest version
                </Button>
              </Group>
            )}
          </Alert>
        )}
      </form>
    </Card>
  );
}

export function TierPoliciesPage() {
  const policies = useTierPolicies();
  const readOnly = !canEditTierPolicies(useMe().data);
  const items = [...(policies.data?.items ?? [])].sort((a, b) => tierValues.indexOf(b.tier) - tierValues.indexOf(a.tier));
  return (
    <>
      <PageHeader
        title="Tier policies"
        description="How many accounts of each tier one owner may hold, how often each tier gets a QBR, how many people an account of the tier must be covered by (below that it is single-threaded), how long it may go without a logged touch (after that it is touch overdue), and how early a contract’s renewal opportunity opens. Lowering a limit does not move accounts: owners above it show as over capacity in Workload."
      />
      <Stack maw={900}>
        {readOnly && (
          <Alert color="gray" variant="light">
            Only managers and admins change tier policies; you can read them here.
          </Alert>
        )}
        {policies.isPending && (
          <>
            <Skeleton height={130} />
            <Skeleton height={130} />
            <Skeleton height={130} />
          </>
        )}
        {policies.isError && <ErrorState error={policies.error} onRetry={() => void policies.refetch()} title="Could not load tier policies" />}
        {items.map((p) => (
          // Re-mount after a save so the form starts from the stored values.
          <PolicyCard key={`${p.tier}-${p.version}`} policy={p} readOnly={readOnly} />
        ))}
      </Stack>
    </>
  );
}
