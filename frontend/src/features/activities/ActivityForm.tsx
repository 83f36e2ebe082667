import { Modal, MultiSelect, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { FormActions, SaveFailureAlert } from '../../components/FormFooter';
import { applyServerError } from '../../components/server-errors';
import { useFormSubmit } from '../../components/use-form-submit';
import { useAllAccountContacts } from '../contacts/api';
import { useCreateActivity, useUpdateActivity, type Activity } from './api';
import {
  ACTIVITY_FIELDS,
  LIMITS,
  activityToValues,
  activityTypeOptions,
  emptyActivityValues,
  toActivityInput,
  toActivityPatch,
  validateActivity,
  type ActivityFormValues,
} from './model';

interface ActivityFormProps {
  accountId: string;
  initialValues: ActivityFormValues;
  submitLabel: string;
  onSubmit: (values: ActivityFormValues) => Promise<unknown>;
  onCancel: () => void;
  onReload?: () => void;
}

/** Type, when (default now), the account's contacts who took part, a summary and notes (markdown, shown as text). */
function ActivityForm({ accountId, initialValues, submitLabel, onSubmit, onCancel, onReload }: ActivityFormProps) {
  const form = useForm<ActivityFormValues>({ mode: 'controlled', initialValues, validate: (v) => validateActivity(v), validateInputOnBlur: true });
  const { submit, failure, submitting } = useFormSubmit(form, onSubmit, (err) => applyServerError(form, err, ACTIVITY_FIELDS));
  const contacts = useAllAccountContacts(accountId);
  const contactData = (contacts.data?.items ?? []).map((c) => ({ value: c.id, label: c.title ? `${c.name} · ${c.title}` : c.name }));
  return (
    <form onSubmit={submit} noValidate aria-label="Activity">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Type"
            required
            withAsterisk
            data={activityTypeOptions}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('type')}
          />
          <TextInput label="When" type="datetime-local" required withAsterisk description="Now or earlier" {...form.getInputProps('occurredAt')} />
        </SimpleGrid>
        <MultiSelect
          label="Contacts"
          placeholder={contacts.isPending ? 'Loading contacts…' : contactData.length ? 'Who took part' : 'This account has no contacts yet'}
          data={contactData}
          searchable
          clearable
          nothingFoundMessage="No matching contact"
          maxValues={LIMITS.contactIds.maxItems}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('contactIds')}
        />
        <TextInput label="Summary" required withAsterisk placeholder="e.g. Renewal call with the CFO" data-autofocus {...form.getInputProps('summary')} />
        <Textarea
          label="Notes"
          description="Markdown is kept as typed and shown as plain text."
          autosize
          minRows={3}
          maxRows={12}
          {...form.getInputProps('body')}
        />
        <SaveFailureAlert failure={failure} onReload={onReload} />
        <FormActions submitLabel={submitLabel} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

export function LogActivityModal({ account, opened, onClose }: { account: { id: string; name: string }; opened: boolean; onClose: () => void }) {
  const create = useCreateActivity(account.id);
  return (
    <Modal opened={opened} onClose={onClose} title={`Log an activity at ${account.name}`} size="lg">
      {opened && (
        <ActivityForm
          accountId={account.id}
          initialValues={emptyActivityValues()}
          submitLabel="Log activity"
          onCancel={onClose}
          onSubmit={async (values) => {
            await create.mutateAsync(toActivityInput(values));
            notifications.show({ color: 'green', title: 'Activity logged', message: 'It is on the timeline, and the last touch moved.' });
            onClose();
          }}
        />
      )}
    </Modal>
  );
}

export function EditActivityModal({ activity, opened, onClose, onReload }: { activity: Activity; opened: boolean; onClose: () => void; onReload: () => void }) {
  const update = useUpdateActivity(activity.accountId);
  const initial = activityToValues(activity);
  return (
    <Modal opened={opened} onClose={onClose} title="Edit activity" size="lg">
      {opened && (
        <ActivityForm
          key={activity.version}
          accountId={activity.accountId}
          initialValues={initial}
          submitLabel="Save changes"
          onCancel={onClose}
          onReload={onReload}
          onSubmit={async (values) => {
            const patch = toActivityPatch(initial, values);
            if (Object.keys(patch).length > 0) {
              await update.mutateAsync({ id: activity.id, version: activity.version, patch });
              notifications.show({ color: 'green', title: 'Activity saved', message: 'The timeline shows the change.' });
            }
            onClose();
          }}
        />
      )}
    </Modal>
  );
}
