import { Anchor, Group, Select, SimpleGrid, Stack, TagsInput, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { lifecycleOptions, tierOptions } from '../../components/badges';
import { CountrySelect } from '../../components/CountrySelect';
import { NumberField } from '../../components/NumberField';
import { moneyCurrency, moneySymbol } from '../../components/format';
import { FormActions, SaveFailureAlert } from '../../components/FormFooter';
import { applyServerError } from '../../components/server-errors';
import { useFormSubmit } from '../../components/use-form-submit';
import { UserSelect } from '../users/UserSelect';
import { AccountSelect } from './AccountSelect';
import { ACCOUNT_FIELDS, validateAccount, type AccountFormValues } from './form-model';
import { rules } from '../../api/rules';
import { ApiError, budgetMessage, isBudgetRefusal } from '../../api/problem';
import type { Schemas } from '../../api/client';
import { BudgetOverrideFields, type OverrideErrors, type OverrideValues } from './BudgetOverrideFields';
import { validateOverride } from './ChangeTierModal';

export type BudgetOverride = Schemas['BudgetOverrideInput'];

/** The override's own fields are incomplete: nothing is sent. */
class OverrideIncomplete extends Error {}

interface AccountFormProps {
  mode: 'create' | 'edit';
  initialValues: AccountFormValues;
  /** Labels of the current owner and parent, shown before the pickers load. */
  ownerName?: string | null;
  parentName?: string | null;
  accountId?: string;
  submitLabel: string;
  /**
   * Throws the API error on failure; the form shows it. `budgetOverride`: an admin's override of the tier budget,
   * sent only after a create was refused over the budget and the admin filled it in.
   */
  onSubmit: (values: AccountFormValues, initial: AccountFormValues, budgetOverride?: BudgetOverride | null) => Promise<unknown>;
  /** The caller may override the tier budget (an admin): a refusal over the budget offers the override's fields. */
  canOverrideBudget?: boolean;
  onCancel?: () => void;
  /** Called from the "Reload" button of a 412 message. */
  onReload?: () => void;
  /** Why the owner cannot be changed here (e.g. an account manager's own account); absent: it can. */
  lockOwner?: string | undefined;
  /** Why the tier is fixed at its initial value when creating; absent: it can be chosen. */
  lockTier?: string | undefined;
  children?: ReactNode;
}

export function AccountForm({
  mode,
  initialValues,
  ownerName,
  parentName,
  accountId,
  submitLabel,
  onSubmit,
  onCancel,
  onReload,
  lockOwner,
  lockTier,
  canOverrideBudget = false,
}: AccountFormProps) {
  const form = useForm<AccountFormValues>({
    mode: 'controlled',
    initialValues,
    validate: validateAccount,
    validateInputOnBlur: true,
  });
  /** A create was refused over the tier budget and the caller is an admin: the override's fields are shown and sent. */
  const [overriding, setOverriding] = useState(false);
  const [override, setOverride] = useState<OverrideValues>({ overrideReason: '', overrideExpiresOn: null });
  const [overrideErrors, setOverrideErrors] = useState<OverrideErrors>({});
  const sendsOverride = overriding && form.values.tier !== 'STANDARD';
  const { submit, failure, submitting } = useFormSubmit(
    form,
    async (values) => {
      if (!(overriding && values.tier !== 'STANDARD')) return onSubmit(values, initialValues, null);
      const errors = validateOverride(override, new Date().toISOString().slice(0, 10));
      setOverrideErrors(errors);
      if (Object.keys(errors).length) throw new OverrideIncomplete();
      return onSubmit(values, initialValues, { reason: override.overrideReason.trim(), expiresOn: override.overrideExpiresOn ?? '' });
    },
    (err) => {
      if (err instanceof OverrideIncomplete)
        return { message: 'Fill in the override’s reason and expiry date, then save again.', stale: false, conflict: false };
      const failed = applyServerError(form, err, ACCOUNT_FIELDS);
      if (err instanceof ApiError && err.status === 422) {
        // The override's fields, named as the API names them, go next to the override's inputs.
        const fields: OverrideErrors = {};
        for (const e of err.problem.errors) {
          if (e.field === 'budgetOverride.reason') fields.overrideReason = e.message;
          if (e.field === 'budgetOverride.expiresOn') fields.overrideExpiresOn = e.message;
        }
        if (Object.keys(fields).length) {
          setOverrideErrors(fields);
          failed.message = 'Fix the highlighted fields and save again.';
        }
      }
      if (err instanceof ApiError && isBudgetRefusal(err.problem)) {
        failed.message = budgetMessage(err.problem, canOverrideBudget);
        if (canOverrideBudget) setOverriding(true);
      }
      return failed;
    },
  );

  return (
    <form onSubmit={submit} noValidate aria-label={mode === 'create' ? 'New account' : 'Edit account'}>
      <Stack gap="lg">
        <Stack gap="sm">
          <Title order={4}>Company</Title>
          <TextInput label="Name" required withAsterisk data-autofocus {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Domain" placeholder="example.com" {...form.getInputProps('domain')} />
            <TextInput label="External ID" description="The account's ID in your CRM or billing system" {...form.getInputProps('externalId')} />
            <TextInput label="Industry" placeholder="e.g. Manufacturing" {...form.getInputProps('industry')} />
            <TextInput label="Territory" placeholder="e.g. EMEA North" {...form.getInputProps('territory')} />
            <CountrySelect
              label="Country"
              value={form.values.country}
              onChange={(code) => form.setFieldValue('country', code)}
              error={form.errors.country as string | undefined}
            />
            <NumberField label="Employees" thousandSeparator="," {...form.getInputProps('employees')} />
            <NumberField label="Annual revenue (customer's own)" prefix={moneySymbol()} thousandSeparator="," {...form.getInputProps('annualRevenue')} />
            <AccountSelect
              label="Parent account"
              value={form.values.parentId}
              valueLabel={parentName ?? null}
              excludeId={accountId}
              onChange={(v) => form.setFieldValue('parentId', v)}
              error={form.errors.parentId as string | undefined}
            />
          </SimpleGrid>
        </Stack>

        <Stack gap="sm">
          <Title order={4}>Our relationship</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <UserSelect
              label="Owner"
              description={lockOwner ?? 'The account manager'}
              disabled={!!lockOwner}
              clearable={!lockOwner}
              value={form.values.ownerId}
              valueLabel={form.values.ownerId === initialValues.ownerId ? ownerName : undefined}
              onChange={(v) => form.setFieldValue('ownerId', v)}
              error={form.errors.ownerId as string | undefined}
            />
            <Select label="Lifecycle" data={lifecycleOptions} allowDeselect={false} {...form.getInputProps('lifecycle')} />
            <Select
              label="Source of the ARR"
              description={form.values.arrSource === 'REVENUE' ? 'The last 12 complete months of recurring revenue lines' : 'Typed here'}
              data={[
                { value: 'MANUAL', label: 'Typed (manual)' },
                { value: 'REVENUE', label: 'From revenue lines' },
              ]}
              allowDeselect={false}
              {...form.getInputProps('arrSource')}
            />
            <NumberField
              label="ARR"
              description={
                form.values.arrSource === 'REVENUE' ? 'Computed from revenue lines when saved' : `Annual recurring revenue with us, ${moneyCurrency()}`
              }
              prefix={moneySymbol()}
              thousandSeparator=","
              disabled={form.values.arrSource === 'REVENUE'}
              {...form.getInputProps('arr')}
            />
            <DateInput label="Renewal date" valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" clearable {...form.getInputProps('renewalDate')} />
            {mode === 'create' && (
              <Select
                label="Tier"
                description={lockTier ?? 'Later changes need a reason and are recorded'}
                disabled={!!lockTier}
                data={tierOptions}
                allowDeselect={false}
                {...form.getInputProps('tier')}
              />
            )}
            <TagsInput label="Tags" placeholder="Type a tag and press Enter" clearable {...form.getInputProps('tags')} />
          </SimpleGrid>
        </Stack>

        <Stack gap="sm">
          <Title order={4}>Growth target</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberField
              label="Yearly growth target"
              description={`Won upsells and cross-sells count toward it. Empty: ${rules.accounts.defaultGrowthTargetPct}%`}
              placeholder={`${rules.accounts.defaultGrowthTargetPct}`}
              suffix="%"
              {...form.getInputProps('growthTargetPct')}
            />
            <NumberField
              label="Growth baseline"
              description={`The ARR this year started with, ${moneyCurrency()}. Empty: the current ARR`}
              prefix={moneySymbol()}
              thousandSeparator=","
              {...form.getInputProps('growthBaselineArr')}
            />
          </SimpleGrid>
        </Stack>

        {sendsOverride && (
          <BudgetOverrideFields
            tier={form.values.tier}
            values={override}
            errors={overrideErrors}
            onChange={(v) => {
              setOverride(v);
              setOverrideErrors({});
            }}
          />
        )}

        <SaveFailureAlert failure={failure} onReload={onReload}>
          {failure?.existingId && failure.existingId !== accountId && (
            <Group mt="sm">
              <Anchor component={Link} to={`/accounts/${failure.existingId}`} size="sm">
                Open the existing account
              </Anchor>
            </Group>
          )}
        </SaveFailureAlert>

        <FormActions submitLabel={submitLabel} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
