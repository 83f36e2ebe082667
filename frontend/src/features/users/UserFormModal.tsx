import { Modal, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { humanize } from '../../components/format';
import { FormActions, SaveFailureAlert } from '../../components/FormFooter';
import { applyServerError, type FormFailure } from '../../components/server-errors';
import { useMe } from '../auth/api';
import { useCreateUser, useUpdateUser, type Level, type NewUser, type Role, type User, type UserPatch } from './api';
import { PASSWORD_HINT, passwordProblem } from './password';
import { PasswordField } from '../../components/PasswordField';
import { rules } from '../../api/rules';
import { tooLong } from '../../components/text-check';
import { levelValues, roleValues } from '../../api/schema';
import { UserSelect } from './UserSelect';

const LIMITS = rules.limits.UserInput;

export const roleOptions = roleValues.map((r) => ({ value: r, label: humanize(r) }));
export const levelOptions = levelValues.map((l) => ({ value: l, label: humanize(l) }));

/** What each role may do, in a line. */
export const ROLE_HINT: Record<Role, string> = {
  ADMIN: 'Everything, plus users, everyone’s API tokens and the audit log.',
  MANAGER: 'Changes every account, tiers, QBRs, opportunities and tier policies.',
  ACCOUNT_MANAGER: 'Changes the accounts they own, with their QBRs and opportunities.',
  VIEWER: 'Reads everything, changes nothing.',
};

interface Values {
  [key: string]: unknown;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  /** Reports-to; null for none. */
  managerId: string | null;
  level: Level;
  /** Only when creating: the first password (optional). */
  password: string;
}

const FIELDS = ['name', 'email', 'role', 'active', 'managerId', 'level', 'password'] as const;

export function validateUser(v: Values) {
  const e: Partial<Record<keyof Values, string>> = {};
  const name = v.name.trim();
  const nameTooLong = tooLong(name, LIMITS.name.maxLength);
  if (!name) e.name = 'Enter the person’s name.';
  else if (nameTooLong) e.name = nameTooLong;
  const email = v.email.trim();
  const emailTooLong = tooLong(email, LIMITS.email.maxLength);
  if (!email) e.email = 'Enter an email address.';
  else if (!/^[^\s@]+@[^\s@]+$/.test(email)) e.email = 'Enter an email address like name@example.com.';
  else if (emailTooLong) e.email = emailTooLong;
  if (v.password) {
    const problem = passwordProblem(v.password);
    if (problem) e.password = problem;
  }
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
  const me = useMe().data;
  // Nobody changes their own role or active flag (the server refuses it too).
  const self = !!user && me?.user.id === user.id;
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const initial: Values = user
    ? { name: user.name, email: user.email, role: user.role, active: user.active, managerId: user.managerId, level: user.level, password: '' }
    : { name: '', email: '', role: 'ACCOUNT_MANAGER', active: true, managerId: null, level: 'MID', password: '' };
  const form = useForm<Values>({ mode: 'controlled', initialValues: initial, validate: validateUser, validateInputOnBlur: true });

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    const values = { name: v.name.trim(), email: v.email.trim(), role: v.role, active: v.active, managerId: v.managerId, level: v.level };
    try {
      if (user) {
        const patch: UserPatch = {};
        if (values.name !== user.name) patch.name = values.name;
        if (values.email !== user.email) patch.email = values.email;
        if (values.role !== user.role) patch.role = values.role;
        if (values.active !== user.active) patch.active = values.active;
        if (values.managerId !== user.managerId) patch.managerId = values.managerId;
        if (values.level !== user.level) patch.level = values.level;
        if (Object.keys(patch).length) {
          await update.mutateAsync({ id: user.id, version: user.version, patch });
          notifications.show({ color: 'green', title: 'User saved', message: values.name });
        }
      } else {
        const body: NewUser = v.password ? { ...values, password: v.password } : values;
        await create.mutateAsync(body);
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
          <TextInput label="Name" required withAsterisk data-autofocus {...form.getInputProps('name')} />
          <TextInput label="Email" type="email" required withAsterisk {...form.getInputProps('email')} />
          <Select
            label="Role"
            data={roleOptions}
            allowDeselect={false}
            required
            disabled={self}
            description={self ? 'Nobody can change their own role; ask another admin.' : ROLE_HINT[form.values.role]}
            {...form.getInputProps('role')}
          />
          <Select
            label="Level"
            data={levelOptions}
            allowDeselect={false}
            required
            description="A junior may not own a strategic account."
            {...form.getInputProps('level')}
          />
          <UserSelect
            label="Manager"
            description="Whom this person reports to; a manager’s workload view can show their team."
            value={form.values.managerId}
            valueLabel={user && form.values.managerId === user.managerId ? user.managerName : undefined}
            onChange={(id) => form.setFieldValue('managerId', id)}
            error={form.errors.managerId as string | undefined}
            placeholder="No manager"
          />
          <Switch
            label="Active"
            description={self ? 'You cannot deactivate yourself.' : 'Inactive users keep their history but cannot sign in or be given accounts.'}
            disabled={self}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
          {!user && (
            <PasswordField
              label="Initial password"
              description={`${PASSWORD_HINT} Leave empty to set it later: until then the user cannot sign in.`}
              autoComplete="new-password"
              {...form.getInputProps('password')}
            />
          )}
          <SaveFailureAlert failure={failure} onReload={onReload} />
          <FormActions submitLabel={user ? 'Save changes' : 'Create user'} submitting={create.isPending || update.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
