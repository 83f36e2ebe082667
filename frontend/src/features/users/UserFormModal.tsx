import { Button, Group, Modal, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { humanize } from '../../components/format';
import { SaveFailureAlert } from '../../components/FormFooter';
import { applyServerError, type FormFailure } from '../../components/server-errors';
import { useCreateUser, useUpdateUser, type Role, type User, type UserPatch } from './api';

export const ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'ACCOUNT_MANAGER', 'VIEWER'];
export const roleOptions = ROLES.map((r) => ({ value: r, label: humanize(r) }));

interface Values {
  [key: string]: unknown;
  name: string;
  email: string;
  role: Role;
  active: boolean;
}

const FIELDS = ['name', 'email', 'role', 'active'] as const;

export function validateUser(v: Values) {
  const e: Partial<Record<keyof Values, string>> = {};
  const name = v.name.trim();
  if (!name) e.name = 'Enter the person’s name.';
  else if (name.length > 200) e.name = 'Use at most 200 characters.';
  const email = v.email.trim();
  if (!email) e.email = 'Enter an email address.';
  else if (!/^[^\s@]+@[^\s@]+$/.test(email)) e.email = 'Enter an email address like name@example.com.';
  return e;
}

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Absent for "new user". */
  user?: User;
  onReload?: () => void;
}

export function UserFormModal({ opened, onClose, user, onReload }: Props) {
  const create = useCreateUser();
  const update = useUpdateUser();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const initial: Values = user
    ? { name: user.name, email: user.email, role: user.role, active: user.active }
    : { name: '', email: '', role: 'ACCOUNT_MANAGER', active: true };
  const form = useForm<Values>({ mode: 'controlled', initialValues: initial, validate: validateUser, validateInputOnBlur: true });

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    const values = { name: v.name.trim(), email: v.email.trim(), role: v.role, active: v.active };
    try {
      if (user) {
        const patch: UserPatch = {};
        if (values.name !== user.name) patch.name = values.name;
        if (values.email !== user.email) patch.email = values.email;
        if (values.role !== user.role) patch.role = values.role;
        if (values.active !== user.active) patch.active = values.active;
        if (Object.keys(patch).length) {
          await update.mutateAsync({ id: user.id, version: user.version, patch });
          notifications.show({ color: 'green', title: 'User saved', message: values.name });
        }
      } else {
        await create.mutateAsync(values);
        notifications.show({ color: 'green', title: 'User created', message: values.name });
      }
      onClose();
    } catch (err) {
      setFailure(applyServerError(form, err, FIELDS));
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={user ? `Edit ${user.name}` : 'New user'}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Name" required withAsterisk data-autofocus maxLength={200} {...form.getInputProps('name')} />
          <TextInput label="Email" type="email" required withAsterisk {...form.getInputProps('email')} />
          <Select label="Role" data={roleOptions} allowDeselect={false} required {...form.getInputProps('role')} />
          <Switch
            label="Active"
            description="Inactive users keep their history but cannot be given accounts."
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
          <SaveFailureAlert failure={failure} onReload={onReload} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {user ? 'Save changes' : 'Create user'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
