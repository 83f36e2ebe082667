import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { isoDate } from '../../components/format';
import { applyServerError, type FormFailure } from '../../components/server-errors';
import { AccountSelect } from '../accounts/AccountSelect';
import { UserSelect } from '../users/UserSelect';
import { useCreateTask, useLinkOptions, useUpdateTask, type Task } from './api';
import { emptyTaskValues, TASK_FIELDS, taskToValues, toTaskInput, toTaskPatch, validateTask, type TaskValues } from './form-model';

interface TaskFormProps {
  initialValues: TaskValues;
  /** Editing an existing task: its account is fixed and its due date may stay in the past. */
  task?: Task;
  accountName?: string | null;
  /** The account is given (the account page's card): not offered for change. */
  fixedAccount?: boolean;
  submitLabel: string;
  onSubmit: (values: TaskValues, initial: TaskValues) => Promise<void>;
  onCancel: () => void;
}

/** Creates or changes a task: what, on which account, who, by when, and what it points at. */
export function TaskForm({ initialValues, task, accountName, fixedAccount, submitLabel, onSubmit, onCancel }: TaskFormProps) {
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const today = isoDate();
  const form = useForm<TaskValues>({
    mode: 'controlled',
    initialValues,
    validate: (v) => validateTask(v, today, v.dueDate !== initialValues.dueDate || !task),
  });
  const links = useLinkOptions(form.values.accountId);
  const followUp = task?.source === 'FOLLOW_UP';

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      await onSubmit(v, initialValues);
    } catch (err) {
      setFailure(applyServerError(form, err, TASK_FIELDS));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={task ? 'Edit task' : 'New task'}>
      <Stack gap="sm">
        <TextInput label="Title" description="What needs doing." required withAsterisk data-autofocus {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {task || fixedAccount ? (
            <TextInput
              label="Account"
              value={accountName ?? task?.accountName ?? ''}
              readOnly
              description={task ? 'A task stays with its account.' : undefined}
            />
          ) : (
            <AccountSelect
              label="Account"
              required
              value={form.values.accountId}
              onChange={(id) => {
                form.setFieldValue('accountId', id);
                form.setFieldValue('contactId', null);
                form.setFieldValue('opportunityId', null);
                form.setFieldValue('qbrId', null);
              }}
              error={form.errors.accountId as string | undefined}
            />
          )}
          <UserSelect
            label="Assignee"
            description="The owner, a manager or a member of the account's team."
            required
            clearable={false}
            value={form.values.assigneeId}
            valueLabel={task && form.values.assigneeId === task.assigneeId ? task.assigneeName : undefined}
            onChange={(id) => form.setFieldValue('assigneeId', id)}
            error={form.errors.assigneeId as string | undefined}
          />
          <DateInput
            label="Due"
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            required
            withAsterisk
            popoverProps={{ withinPortal: true }}
            minDate={task && initialValues.dueDate && initialValues.dueDate < today ? undefined : today}
            {...form.getInputProps('dueDate')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Contact"
            placeholder={form.values.accountId ? 'None' : 'Choose the account first'}
            data={links.data?.contacts ?? []}
            disabled={!form.values.accountId}
            clearable
            searchable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('contactId')}
          />
          <Select
            label="Opportunity"
            placeholder={form.values.accountId ? 'None' : 'Choose the account first'}
            data={links.data?.opportunities ?? []}
            disabled={!form.values.accountId}
            clearable
            searchable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('opportunityId')}
          />
          <Select
            label="QBR"
            placeholder={form.values.accountId ? 'None' : 'Choose the account first'}
            description={followUp ? 'A follow-up task stays with its QBR.' : undefined}
            data={links.data?.qbrs ?? []}
            disabled={!form.values.accountId || followUp}
            clearable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('qbrId')}
          />
        </SimpleGrid>
        {links.isError && (
          <Alert color="orange" role="status">
            The account&apos;s contacts, opportunities and QBRs could not be loaded to link; the task can be saved without them.
          </Alert>
        )}
        {failure?.message && (
          <Alert color={failure.conflict || failure.stale ? 'orange' : 'red'} title="Task not saved" role="alert">
            {failure.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function NewTaskModal({
  opened,
  onClose,
  defaults,
  account,
}: {
  opened: boolean;
  onClose: () => void;
  defaults?: Partial<TaskValues>;
  /** Create on this account (the account page); otherwise the form asks for one. */
  account?: { id: string; name: string };
}) {
  const create = useCreateTask();
  return (
    <Modal opened={opened} onClose={onClose} title={account ? `New task on ${account.name}` : 'New task'} size="xl">
      {opened && (
        <TaskForm
          initialValues={emptyTaskValues({ ...defaults, ...(account ? { accountId: account.id } : {}) })}
          accountName={account?.name}
          fixedAccount={!!account}
          submitLabel="Create task"
          onCancel={onClose}
          onSubmit={async (values) => {
            const created = await create.mutateAsync(toTaskInput(values));
            notifications.show({ color: 'green', title: 'Task created', message: `${created.title} · ${created.accountName}` });
            onClose();
          }}
        />
      )}
    </Modal>
  );
}

export function EditTaskModal({ task, opened, onClose }: { task: Task; opened: boolean; onClose: () => void }) {
  const update = useUpdateTask();
  return (
    <Modal opened={opened} onClose={onClose} title="Edit task" size="xl">
      {opened && (
        <TaskForm
          key={task.version}
          task={task}
          initialValues={taskToValues(task)}
          submitLabel="Save changes"
          onCancel={onClose}
          onSubmit={async (values, initial) => {
            const patch = toTaskPatch(initial, values);
            if (Object.keys(patch).length > 0) {
              await update.mutateAsync({ id: task.id, version: task.version, patch });
              notifications.show({ color: 'green', title: 'Changes saved', message: values.title.trim() });
            }
            onClose();
          }}
        />
      )}
    </Modal>
  );
}
