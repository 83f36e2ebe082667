import { Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { FormActions, SaveFailureAlert } from '../../components/FormFooter';
import { applyServerError } from '../../components/server-errors';
import { useFormSubmit } from '../../components/use-form-submit';
import { isoDate } from '../../components/format';
import { useAllAccountContacts } from '../contacts/api';
import { useCreateEvent, useUpdateEvent, type AccountEvent } from './api';
import {
  DESCRIPTION_MAX,
  EVENT_FIELDS,
  EVENT_LABEL,
  NOTE_MAX,
  emptyEventValues,
  eventTypeOptions,
  toEventInput,
  toReviewPatch,
  validateEvent,
  validateReview,
  type EventFormValues,
  type ReviewValues,
} from './model';

/** "Record an event": what happened, when, and whom it is about. */
export function NewEventModal({ account, opened, onClose }: { account: { id: string; name: string }; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Record an event at ${account.name}`} size="lg">
      {opened && <NewEventForm account={account} onClose={onClose} />}
    </Modal>
  );
}

function NewEventForm({ account, onClose }: { account: { id: string; name: string }; onClose: () => void }) {
  const create = useCreateEvent(account.id);
  const contacts = useAllAccountContacts(account.id);
  const form = useForm<EventFormValues>({ mode: 'controlled', initialValues: emptyEventValues(), validate: validateEvent, validateInputOnBlur: true });
  const { submit, failure, submitting } = useFormSubmit(
    form,
    async (values) => {
      const created = await create.mutateAsync(toEventInput(values));
      notifications.show({ color: 'green', title: 'Event recorded', message: `${EVENT_LABEL[created.type]} · ${account.name}` });
      onClose();
    },
    (err) => applyServerError(form, err, EVENT_FIELDS),
  );
  const contactOptions = (contacts.data?.items ?? []).map((c) => ({ value: c.id, label: c.title ? `${c.name} (${c.title})` : c.name }));
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label="What happened" placeholder="Pick one" data={eventTypeOptions} required data-autofocus {...form.getInputProps('type')} />
          <DateInput label="When" valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" maxDate={isoDate()} required {...form.getInputProps('occurredOn')} />
        </SimpleGrid>
        <Textarea
          label="Details"
          placeholder="e.g. Series C of $80M to expand into Europe"
          autosize
          minRows={2}
          maxRows={6}
          description={`${form.values.description.trim().length}/${DESCRIPTION_MAX}`}
          {...form.getInputProps('description')}
        />
        <Select
          label="About a contact"
          placeholder={contacts.isPending ? 'Loading contacts…' : 'Nobody in particular'}
          description="A new executive who is not a contact yet can be added from the event afterwards."
          data={contactOptions}
          searchable
          clearable
          nothingFoundMessage="No contact of this account matches"
          {...form.getInputProps('contactId')}
        />
        <SaveFailureAlert failure={failure} conflictTitle="Not possible now" />
        <FormActions submitLabel="Record event" submitting={submitting} onCancel={onClose} />
      </Stack>
    </form>
  );
}

/** Review an event: noted (REVIEWED) or nothing to do (NO_ACTION, with a note saying why). */
export function ReviewEventModal({ event, onClose }: { event: AccountEvent | null; onClose: () => void }) {
  return (
    <Modal opened={!!event} onClose={onClose} title={event ? `Review: ${EVENT_LABEL[event.type]}` : 'Review'} size="lg">
      {event && <ReviewForm event={event} onClose={onClose} />}
    </Modal>
  );
}

function ReviewForm({ event, onClose }: { event: AccountEvent; onClose: () => void }) {
  const update = useUpdateEvent();
  const form = useForm<ReviewValues>({
    mode: 'controlled',
    initialValues: { status: event.status === 'NO_ACTION' ? 'NO_ACTION' : 'REVIEWED', reviewNote: event.reviewNote ?? '' },
    validate: validateReview,
  });
  const { submit, failure, submitting } = useFormSubmit(
    form,
    async (values) => {
      await update.mutateAsync({ id: event.id, version: event.version, patch: toReviewPatch(values) });
      notifications.show({ color: 'green', title: 'Event reviewed', message: EVENT_LABEL[event.type] });
      onClose();
    },
    (err) => applyServerError(form, err, EVENT_FIELDS),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {event.description && <Text size="sm">{event.description}</Text>}
        <div>
          <Text size="sm" fw={500} mb={4} id="review-outcome">
            Outcome
          </Text>
          <SegmentedControl
            aria-labelledby="review-outcome"
            data={[
              { value: 'REVIEWED', label: 'Reviewed' },
              { value: 'NO_ACTION', label: 'No action' },
            ]}
            {...form.getInputProps('status')}
          />
          <Text size="xs" c="dimmed" mt={4}>
            To act on it, close this and choose “Create opportunity” instead.
          </Text>
        </div>
        <Textarea
          label="Note"
          placeholder={form.values.status === 'NO_ACTION' ? 'Why nothing will be done' : 'What the review decided'}
          required={form.values.status === 'NO_ACTION'}
          autosize
          minRows={2}
          description={`${form.values.reviewNote.trim().length}/${NOTE_MAX}`}
          {...form.getInputProps('reviewNote')}
        />
        <SaveFailureAlert failure={failure} conflictTitle="Not possible now" />
        <FormActions submitLabel="Save review" submitting={submitting} onCancel={onClose} />
      </Stack>
    </form>
  );
}
