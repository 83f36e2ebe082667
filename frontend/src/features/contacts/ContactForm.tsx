import { Anchor, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/problem';
import { isoDate } from '../../components/format';
import { FormActions, SaveFailureAlert } from '../../components/FormFooter';
import { NumberField } from '../../components/NumberField';
import { applyServerError, type FormFailure } from '../../components/server-errors';
import { useFormSubmit } from '../../components/use-form-submit';
import { UserSelect } from '../users/UserSelect';
import { useAllAccountContacts, useAllBusinessUnits } from './api';
import { CONTACT_FIELDS, LIMITS, validateContact, type ContactFormValues } from './form-model';
import { buyingRoleOptions, channelOptions, languageOptions, stanceOptions, unitOptions } from './labels';
import { reportsToChain } from './org-chart';

interface ContactFormProps {
  mode: 'create' | 'edit';
  accountId: string;
  /** The contact being edited. */
  contactId?: string;
  initialValues: ContactFormValues;
  /** The relationship owner's name, shown before the picker loads. */
  ownerName?: string | null;
  submitLabel: string;
  /** Throws the API error on failure; the form shows it. */
  onSubmit: (values: ContactFormValues, initial: ContactFormValues) => Promise<unknown>;
  onCancel?: () => void;
  /** Called from the "Reload" button of a 412 message. */
  onReload?: () => void;
}

/**
 * A contact's fields. The reports-to picker offers the account's other contacts, except the ones who (through
 * others) report to this one, which would make a cycle; the unit picker the account's business units.
 */
export function ContactForm({ mode, accountId, contactId, initialValues, ownerName, submitLabel, onSubmit, onCancel, onReload }: ContactFormProps) {
  const form = useForm<ContactFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (v) => validateContact(v, contactId),
    validateInputOnBlur: true,
  });
  const toFailure = (err: unknown): FormFailure => {
    const failure = applyServerError(form, err, CONTACT_FIELDS);
    // A duplicate email is the email field's problem: say it there, with the way to the contact that has it.
    if (failure.conflict && failure.existingId && err instanceof ApiError) {
      form.setFieldError(
        'email',
        <>
          {failure.message}{' '}
          <Anchor component={Link} to={`/contacts/${failure.existingId}`} size="xs">
            Open the existing contact
          </Anchor>
        </>,
      );
      return { ...failure, message: null };
    }
    return failure;
  };
  const { submit, failure, submitting } = useFormSubmit(form, (values) => onSubmit(values, initialValues), toFailure);

  const contacts = useAllAccountContacts(accountId);
  const units = useAllBusinessUnits(accountId);
  const reportsToData = useMemo(() => {
    const people = contacts.data?.items ?? [];
    // Not the person, nor anyone below them: that would be a cycle (the server refuses it too).
    const below = (id: string) => !!contactId && reportsToChain(id, people).some((boss) => boss.id === contactId);
    const options = people
      .filter((c) => c.id !== contactId && !below(c.id))
      .map((c) => ({ value: c.id, label: c.title ? `${c.name} · ${c.title}` : c.name, disabled: !!c.leftCompanyOn && c.id !== initialValues.reportsToId }));
    if (initialValues.reportsToId && !options.some((o) => o.value === initialValues.reportsToId)) {
      options.unshift({ value: initialValues.reportsToId, label: 'Current manager', disabled: false });
    }
    return options;
  }, [contacts.data, contactId, initialValues.reportsToId]);
  const unitData = useMemo(() => unitOptions(units.data?.items ?? [], initialValues.businessUnitId), [units.data, initialValues.businessUnitId]);

  return (
    <form onSubmit={submit} noValidate aria-label={mode === 'create' ? 'New contact' : 'Edit contact'}>
      <Stack gap="lg">
        <Stack gap="sm">
          <Title order={4}>Person</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Name" required withAsterisk placeholder="e.g. Jordan Lee" data-autofocus {...form.getInputProps('name')} />
            <TextInput label="Title" placeholder="e.g. VP Operations" {...form.getInputProps('title')} />
            <TextInput label="Email" type="email" placeholder="e.g. jordan.lee@example.com" {...form.getInputProps('email')} />
            <TextInput label="Phone" type="tel" placeholder="e.g. +49 30 1234567" {...form.getInputProps('phone')} />
            <TextInput
              label="External ID"
              description="This person's id in your CRM or other system, for integrations; unique within the account."
              placeholder="e.g. CRM-C-0042"
              {...form.getInputProps('externalId')}
            />
            <Select
              label="Preferred channel"
              placeholder="Not known"
              data={channelOptions}
              clearable
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('preferredChannel')}
            />
            <Select
              label="Language"
              placeholder="Search languages"
              data={languageOptions}
              searchable
              clearable
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('preferredLanguage')}
            />
          </SimpleGrid>
        </Stack>

        <Stack gap="sm">
          <Title order={4}>In their organisation</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Business unit"
              placeholder={units.isPending ? 'Loading units…' : unitData.length ? 'Pick a unit' : 'No business units yet'}
              description={units.isSuccess && unitData.length === 0 ? 'Add the account’s business units on the People tab first.' : undefined}
              data={unitData}
              searchable
              clearable
              nothingFoundMessage="No matching unit"
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('businessUnitId')}
            />
            <Select
              label="Reports to"
              placeholder={contacts.isPending ? 'Loading contacts…' : 'Search this account’s contacts'}
              description="Another contact of this account"
              data={reportsToData}
              searchable
              clearable
              nothingFoundMessage="No matching contact"
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('reportsToId')}
            />
          </SimpleGrid>
        </Stack>

        <Stack gap="sm">
          <Title order={4}>Their part in our business</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Buying role"
              placeholder="Not known"
              data={buyingRoleOptions}
              clearable
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('buyingRole')}
            />
            <NumberField
              label="Influence"
              description={`${LIMITS.influence.minimum} (little) to ${LIMITS.influence.maximum} (decisive)`}
              placeholder="Not rated"
              {...form.getInputProps('influence')}
            />
            <Select
              label="Stance"
              placeholder="Not known"
              data={stanceOptions}
              clearable
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('stance')}
            />
            <UserSelect
              label="Relationship owner"
              description="Who on our side keeps in touch with them"
              value={form.values.relationshipOwnerId}
              valueLabel={form.values.relationshipOwnerId === initialValues.relationshipOwnerId ? ownerName : undefined}
              onChange={(v) => form.setFieldValue('relationshipOwnerId', v)}
              error={form.errors.relationshipOwnerId as string | undefined}
            />
            <DateInput
              label="Left the company on"
              description="They stop counting toward coverage from then on"
              valueFormat="YYYY-MM-DD"
              placeholder="Still there"
              clearable
              maxDate={isoDate()}
              popoverProps={{ withinPortal: true }}
              {...form.getInputProps('leftCompanyOn')}
            />
          </SimpleGrid>
        </Stack>

        <SaveFailureAlert failure={failure} onReload={onReload} />
        <FormActions submitLabel={submitLabel} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
