import { Alert, Button, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { formatDate } from '../../components/format';
import { applyServerError, type FormFailure } from '../../components/server-errors';
import { DEFAULT_TEMPLATE_ID, useScheduleQbr, useTemplates } from './api';
import { rules } from '../../api/rules';
import { tooLong } from '../../components/text-check';
import { useAllAccountContacts } from '../contacts/api';

interface Values {
  [key: string]: unknown;
  scheduledFor: string | null;
  respondentName: string;
  respondentEmail: string;
  templateId: string | null;
  /** The account's contacts the survey goes to, in the order picked. */
  respondentContactIds: string[];
}

const FIELDS = ['scheduledFor', 'respondentName', 'respondentEmail', 'templateId', 'respondentContactIds'] as const;
const LIMITS = rules.limits.NewQbr;
const MAX_RESPONDENTS = LIMITS.respondentContactIds.maxItems;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateSchedule(v: Values) {
  const e: Partial<Record<keyof Values, string>> = {};
  if (!v.scheduledFor) e.scheduledFor = 'Pick the date of the review.';
  const name = v.respondentName.trim();
  const nameTooLong = tooLong(name, LIMITS.respondentName.maxLength);
  if (!name) e.respondentName = 'Enter who answers for the customer.';
  else if (nameTooLong) e.respondentName = nameTooLong;
  const email = v.respondentEmail.trim();
  const emailTooLong = tooLong(email, LIMITS.respondentEmail.maxLength);
  if (!email) e.respondentEmail = 'Enter their email address.';
  else if (!EMAIL.test(email)) e.respondentEmail = 'Enter an email address like jordan.lee@example.com.';
  else if (emailTooLong) e.respondentEmail = emailTooLong;
  if (v.respondentContactIds.length > MAX_RESPONDENTS)
    e.respondentContactIds = `Pick at most ${MAX_RESPONDENTS} contacts (now ${v.respondentContactIds.length}).`;
  return e;
}

export function ScheduleQbrModal({
  accountId,
  accountName,
  nextDue,
  opened,
  onClose,
}: {
  accountId: string;
  accountName: string;
  nextDue?: string | null;
  opened: boolean;
  onClose: () => void;
}) {
  const schedule = useScheduleQbr(accountId);
  const templates = useTemplates();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const defaultDate = nextDue && dayjs(nextDue).isAfter(dayjs()) ? nextDue : dayjs().add(7, 'day').format('YYYY-MM-DD');
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { scheduledFor: defaultDate, respondentName: '', respondentEmail: '', templateId: null, respondentContactIds: [] },
    validate: validateSchedule,
  });
  // The account's current contacts: who can be asked (people who left cannot).
  const contacts = useAllAccountContacts(accountId, opened);
  const current = useMemo(() => (contacts.data?.items ?? []).filter((c) => !c.leftCompanyOn), [contacts.data]);
  const contactData = useMemo(() => current.map((c) => ({ value: c.id, label: c.email ? `${c.name} · ${c.email}` : `${c.name} (no email)` })), [current]);
  const pickRespondents = (ids: string[]) => {
    form.setFieldValue('respondentContactIds', ids);
    // The first person picked is the one the link greets, unless a name was typed already.
    const first = current.find((c) => c.id === ids[0]);
    if (first && !form.values.respondentName.trim() && !form.values.respondentEmail.trim()) {
      form.setFieldValue('respondentName', first.name);
      if (first.email) form.setFieldValue('respondentEmail', first.email);
    }
  };

  const items = templates.data?.items ?? [];
  const defaultTemplate = items.find((t) => t.isDefault)?.id ?? DEFAULT_TEMPLATE_ID;
  const templateId = form.values.templateId ?? defaultTemplate;
  const templateData = items.length
    ? items.map((t) => ({ value: t.id, label: `${t.name}${t.isDefault ? ' (default)' : ''} · ${t.questions.length} questions` }))
    : [{ value: DEFAULT_TEMPLATE_ID, label: templates.isPending ? 'Default template (loading…)' : 'Default template' }];

  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      const qbr = await schedule.mutateAsync({
        scheduledFor: v.scheduledFor ?? '',
        respondentName: v.respondentName.trim(),
        respondentEmail: v.respondentEmail.trim(),
        templateId,
        ...(v.respondentContactIds.length ? { respondentContactIds: v.respondentContactIds } : {}),
      });
      notifications.show({
        color: 'green',
        title: 'QBR scheduled',
        message: `${accountName}, ${formatDate(qbr.scheduledFor)}. Send the link when you are ready.`,
      });
      close();
    } catch (err) {
      setFailure(applyServerError(form, err, FIELDS));
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={`Schedule a QBR for ${accountName}`} size="lg">
      <form onSubmit={submit} noValidate aria-label="Schedule QBR">
        <Stack>
          <DateInput
            label="Review date"
            description={nextDue ? `The account's next QBR is due ${formatDate(nextDue)}.` : undefined}
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            required
            withAsterisk
            data-autofocus
            popoverProps={{ withinPortal: true }}
            {...form.getInputProps('scheduledFor')}
          />
          <MultiSelect
            label="Contacts asked"
            description={
              contacts.isSuccess && current.length === 0
                ? 'This account has no current contacts yet; add them on its People tab, or just enter the respondent below.'
                : 'The account’s people this survey goes to; the first one fills in the respondent below.'
            }
            placeholder={contacts.isPending ? 'Loading contacts…' : 'Search contacts'}
            data={contactData}
            value={form.values.respondentContactIds}
            onChange={pickRespondents}
            error={form.errors.respondentContactIds as string | undefined}
            searchable
            clearable
            nothingFoundMessage="No matching current contact"
            comboboxProps={{ withinPortal: true }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Respondent name" placeholder="e.g. Jordan Lee" required withAsterisk {...form.getInputProps('respondentName')} />
            <TextInput
              label="Respondent email"
              placeholder="e.g. jordan.lee@example.com"
              type="email"
              required
              withAsterisk
              {...form.getInputProps('respondentEmail')}
            />
          </SimpleGrid>
          <Select
            label="Survey template"
            description="The questions the customer answers"
            data={templateData}
            value={templateId}
            onChange={(v) => form.setFieldValue('templateId', v)}
            allowDeselect={false}
            error={form.errors.templateId as string | undefined}
            comboboxProps={{ withinPortal: true }}
          />
          {templates.isError && (
            <Alert color="yellow" role="status">
              The template list could not be loaded; the default template will be used.
            </Alert>
          )}
          {failure?.message && (
            <Alert color={failure.conflict ? 'orange' : 'red'} title="Not scheduled" role="alert">
              {failure.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={schedule.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={schedule.isPending}>
              Schedule QBR
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
