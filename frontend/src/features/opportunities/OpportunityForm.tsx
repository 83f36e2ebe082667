import { Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { FormActions, SaveFailureAlert } from '../../components/FormFooter';
import { useFormSubmit } from '../../components/use-form-submit';
import { NumberField } from '../../components/NumberField';
import { isoDate, moneyCurrency, moneySymbol } from '../../components/format';
import { useMe } from '../auth/api';
import { canManage } from '../auth/permissions';
import { applyOpportunityError as applyServerError } from './errors';
import { AccountSelect } from '../accounts/AccountSelect';
import { UserSelect } from '../users/UserSelect';
import { EVENT_DESCRIPTION_MAX, NEXT_STEP_MAX, OPPORTUNITY_FIELDS, validateOpportunity, type OpportunityFormValues } from './form-model';
import { STAGE_PROBABILITY, eventOptions, openStageOptions, typeOptions, type CompellingEventType, type OpportunityType, type Stage } from './model';

interface OpportunityFormProps {
  mode: 'create' | 'edit';
  initialValues: OpportunityFormValues;
  /** Names for the current account and owner, shown before the pickers load. */
  accountName?: string | null;
  ownerName?: string | null;
  /** The account cannot be changed (edit, or "New opportunity" from an account page). */
  lockAccount?: boolean;
  /** The stage the probability default comes from (the opportunity's current stage when editing). */
  currentStage?: Stage;
  submitLabel: string;
  /** Throws the API error on failure; the form shows it. */
  onSubmit: (values: OpportunityFormValues, initial: OpportunityFormValues) => Promise<unknown>;
  onCancel?: () => void;
  onReload?: () => void;
}

export function OpportunityForm({
  mode,
  initialValues,
  accountName,
  ownerName,
  lockAccount,
  currentStage,
  submitLabel,
  onSubmit,
  onCancel,
  onReload,
}: OpportunityFormProps) {
  const me = useMe().data;
  // The holder rule: managers and admins may use any account, an account manager only the accounts they own.
  const accountOwner = me && !canManage(me) ? me.user.id : null;
  const today = isoDate();
  const storedCloseDate = mode === 'edit' ? initialValues.expectedCloseDate : null;
  const form = useForm<OpportunityFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => validateOpportunity(values, storedCloseDate),
    validateInputOnBlur: true,
  });
  const { submit, failure, submitting } = useFormSubmit(
    form,
    (values) => onSubmit(values, initialValues),
    (err) => applyServerError(form, err, OPPORTUNITY_FIELDS),
  );

  const stage = mode === 'create' ? form.values.stage : (currentStage ?? form.values.stage);
  const hasEvent = !!form.values.compellingEvent.type;
  /** Created from an account event: its facts are the event's, changed on the account's Events tab. */
  const fromEvent = mode === 'create' && !!form.values.compellingEventId;

  return (
    <form onSubmit={submit} noValidate aria-label={mode === 'create' ? 'New opportunity' : 'Edit opportunity'}>
      <Stack gap="lg">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {lockAccount ? (
              <TextInput
                label="Account"
                value={accountName ?? ''}
                readOnly
                variant="filled"
                description={mode === 'edit' ? 'An opportunity stays with its account' : undefined}
              />
            ) : (
              <AccountSelect
                label="Account"
                required
                description={accountOwner ? 'One of the accounts you own' : undefined}
                ownerId={accountOwner}
                value={form.values.accountId}
                valueLabel={accountName ?? null}
                onChange={(v) => form.setFieldValue('accountId', v)}
                error={form.errors.accountId as string | undefined}
              />
            )}
            <Select
              label="Type"
              required
              withAsterisk
              data={typeOptions}
              allowDeselect={false}
              {...form.getInputProps('type')}
              onChange={(v) => v && form.setFieldValue('type', v as OpportunityType)}
            />
          </SimpleGrid>
          <TextInput
            label="Title"
            required
            withAsterisk
            placeholder="e.g. Analytics add-on for the EU rollout"
            data-autofocus
            {...form.getInputProps('title')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Product" placeholder="e.g. Analytics" {...form.getInputProps('product')} />
            <NumberField
              label="Amount"
              description={moneyCurrency()}
              required
              withAsterisk
              prefix={moneySymbol()}
              thousandSeparator=","
              {...form.getInputProps('amount')}
            />
            {mode === 'create' && (
              <Select
                label="Stage"
                description="Later moves go through the stage actions"
                data={openStageOptions}
                allowDeselect={false}
                {...form.getInputProps('stage')}
                onChange={(v) => v && form.setFieldValue('stage', v as Stage)}
              />
            )}
            <NumberField
              label="Probability"
              description={`Leave empty for the stage default (${STAGE_PROBABILITY[stage]}%)`}
              placeholder={`${STAGE_PROBABILITY[stage]}`}
              suffix="%"
              {...form.getInputProps('probability')}
            />
            <DateInput
              label="Expected close date"
              description="Today or later"
              required
              withAsterisk
              valueFormat="YYYY-MM-DD"
              placeholder="YYYY-MM-DD"
              excludeDate={(day) => day < today && day !== storedCloseDate}
              {...form.getInputProps('expectedCloseDate')}
            />
            <UserSelect
              label="Owner"
              description="Empty: the account's owner. Otherwise a manager."
              role="MANAGER"
              value={form.values.ownerId}
              valueLabel={form.values.ownerId === initialValues.ownerId ? ownerName : undefined}
              onChange={(v) => form.setFieldValue('ownerId', v)}
              error={form.errors.ownerId as string | undefined}
            />
          </SimpleGrid>
          <Textarea
            label="Next step"
            placeholder="e.g. Demo to the new CFO"
            autosize
            minRows={2}
            maxRows={5}
            description={`${form.values.nextStep.trim().length}/${NEXT_STEP_MAX}`}
            {...form.getInputProps('nextStep')}
          />
        </Stack>

        <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
          <Title order={4} component="legend">
            Compelling event
          </Title>
          <Text size="sm" c="dimmed" mt={-6}>
            {fromEvent
              ? 'Created from this event on the account; the event is marked as having led to an opportunity.'
              : 'What happened at the customer that makes them buy now: an acquisition, a funding round, a new executive…'}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Event"
              placeholder="None"
              data={eventOptions}
              clearable={!fromEvent}
              disabled={fromEvent}
              {...form.getInputProps('compellingEvent.type')}
              onChange={(v) =>
                v
                  ? form.setFieldValue('compellingEvent.type', v as CompellingEventType)
                  : form.setFieldValue('compellingEvent', { type: null, occurredOn: null, description: '' })
              }
            />
            <DateInput
              label="Occurred on"
              valueFormat="YYYY-MM-DD"
              placeholder="YYYY-MM-DD"
              clearable
              disabled={!hasEvent || fromEvent}
              {...form.getInputProps('compellingEvent.occurredOn')}
            />
          </SimpleGrid>
          <Textarea
            label="What happened"
            placeholder="e.g. Series C of $80M to expand into Europe"
            autosize
            minRows={2}
            maxRows={5}
            disabled={!hasEvent || fromEvent}
            description={hasEvent ? `${form.values.compellingEvent.description.trim().length}/${EVENT_DESCRIPTION_MAX}` : 'Pick an event first'}
            {...form.getInputProps('compellingEvent.description')}
          />
        </Stack>

        <SaveFailureAlert failure={failure} conflictTitle="Not possible now" onReload={onReload} />

        <FormActions submitLabel={submitLabel} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
