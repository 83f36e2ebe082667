import { ActionIcon, Alert, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { rules } from '../../api/rules';
import { NumberField } from '../../components/NumberField';
import { checkNumber, readNumber, type NumberValue } from '../../components/number-check';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { applyServerError } from '../../components/server-errors';
import { useFormSubmit } from '../../components/use-form-submit';
import { useMe } from '../auth/api';
import { canManage } from '../auth/permissions';
import { useCommissionPlan, useSaveCommissionPlan, type CommissionPlan } from './api';

const THIS_YEAR = new Date().getFullYear();
const YEARS = [THIS_YEAR + 1, THIS_YEAR, THIS_YEAR - 1, THIS_YEAR - 2];
const PLAN = rules.limits.CommissionPlanInput;
const STEP = rules.limits.CommissionAcceleratorInput;

interface Values {
  [key: string]: unknown;
  ratePct: NumberValue;
  accelerators: { fromAttainmentPct: NumberValue; ratePct: NumberValue }[];
}

export function validatePlan(v: Values) {
  const e: Record<string, string> = {};
  const rate = checkNumber(v.ratePct, PLAN.ratePct, 'Enter the rate in percent, from 0 to 100.');
  if (rate) e.ratePct = rate;
  v.accelerators.forEach((a, i) => {
    const from = checkNumber(a.fromAttainmentPct, STEP.fromAttainmentPct, 'Enter the attainment the accelerator starts at, 100 % or more.');
    if (from) e[`accelerators.${i}.fromAttainmentPct`] = from;
    else if (i > 0 && (readNumber(a.fromAttainmentPct) ?? 0) <= (readNumber(v.accelerators[i - 1]!.fromAttainmentPct) ?? 0))
      e[`accelerators.${i}.fromAttainmentPct`] = 'List the accelerators by rising attainment: each starts above the one before it.';
    const r = checkNumber(a.ratePct, STEP.ratePct, 'Enter the accelerator’s rate in percent, from 0 to 100.');
    if (r) e[`accelerators.${i}.ratePct`] = r;
  });
  return e;
}

function initial(plan: CommissionPlan): Values {
  return { ratePct: plan.configured ? plan.ratePct : '', accelerators: plan.accelerators.map((a) => ({ ...a })) };
}

function PlanForm({ plan, canEdit }: { plan: CommissionPlan; canEdit: boolean }) {
  const save = useSaveCommissionPlan();
  const form = useForm<Values>({ mode: 'controlled', initialValues: initial(plan), validate: validatePlan });
  useEffect(() => {
    form.setInitialValues(initial(plan));
    form.reset();
    // Only a newly saved version or another year resets the form; typing does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plan.version, plan.year]);
  const { submit, failure, submitting } = useFormSubmit(
    form,
    async (v) => {
      await save.mutateAsync({
        year: plan.year,
        version: plan.version,
        body: {
          ratePct: readNumber(v.ratePct) ?? 0,
          accelerators: v.accelerators.map((a) => ({ fromAttainmentPct: readNumber(a.fromAttainmentPct) ?? 0, ratePct: readNumber(a.ratePct) ?? 0 })),
        },
      });
      notifications.show({ color: 'green', title: 'Plan saved', message: `The commission plan for ${plan.year} is saved.` });
    },
    (err) => applyServerError(form, err, ['ratePct']),
  );
  return (
    <form onSubmit={submit} noValidate aria-label="Commission plan">
      <Stack maw={560}>
        <NumberField
          label="Rate (%)"
          description="Paid on payable expansion credit up to the first accelerator."
          required
          withAsterisk
          readOnly={!canEdit}
          w={200}
          {...form.getInputProps('ratePct')}
        />
        <Text fw={600} size="sm">
          Accelerators
        </Text>
        {form.values.accelerators.length === 0 && (
          <Text size="sm" c="dimmed">
            None: the rate applies to all payable credit.
          </Text>
        )}
        {form.values.accelerators.map((_, i) => (
          <Group key={i} align="flex-start" gap="sm">
            <NumberField label="From attainment (%)" readOnly={!canEdit} w={180} {...form.getInputProps(`accelerators.${i}.fromAttainmentPct`)} />
            <NumberField label="Rate (%)" readOnly={!canEdit} w={140} {...form.getInputProps(`accelerators.${i}.ratePct`)} />
            {canEdit && (
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                aria-label={`Remove accelerator ${i + 1}`}
                onClick={() => form.removeListItem('accelerators', i)}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        {canEdit && (
          <Group>
            <Button variant="light" size="xs" onClick={() => form.insertListItem('accelerators', { fromAttainmentPct: '', ratePct: '' })}>
              Add an accelerator
            </Button>
          </Group>
        )}
        {failure?.message && (
          <Alert color="red" title="Plan not saved" role="alert">
            {failure.message}
          </Alert>
        )}
        {canEdit ? (
          <Group>
            <Button type="submit" loading={submitting} disabled={!form.isDirty()}>
              Save
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            Managers and admins set the commission plan.
          </Text>
        )}
      </Stack>
    </form>
  );
}

/** Settings: the commission plan of a year (rate, accelerators above 100 % attainment). */
export function CommissionPlanPage() {
  const me = useMe().data;
  const [year, setYear] = useState(THIS_YEAR);
  const plan = useCommissionPlan(year);
  return (
    <>
      <PageHeader
        title="Commission plan"
        description="What won expansion pays once the retention gates let it: a rate, and higher marginal rates on the credit beyond an attainment of the owner’s expansion target."
      />
      <Card withBorder component="section" aria-labelledby="plan-title" maw={720}>
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h4" id="plan-title">
            Plan {year}
          </Title>
          <Select
            aria-label="Year"
            data={YEARS.map(String)}
            value={String(year)}
            onChange={(v) => v && setYear(Number(v))}
            allowDeselect={false}
            w={100}
            size="xs"
          />
        </Group>
        {plan.isPending && <LoadingState />}
        {plan.isError && <ErrorState error={plan.error} onRetry={() => void plan.refetch()} title="Could not load the plan" />}
        {plan.data && <PlanForm plan={plan.data} canEdit={canManage(me)} />}
      </Card>
    </>
  );
}
