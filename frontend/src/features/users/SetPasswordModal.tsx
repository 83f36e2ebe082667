import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { applyServerError, type FormFailure } from '../../components/server-errors';
import { useSetPassword, type User } from './api';
import { PASSWORD_HINT, passwordProblem } from './password';
import { PasswordField } from '../../components/PasswordField';

interface Values {
  [key: string]: unknown;
  newPassword: string;
  confirm: string;
}

export function validateNewPassword(v: { newPassword: string; confirm: string }) {
  const e: Partial<Record<'newPassword' | 'confirm', string>> = {};
  const problem = v.newPassword ? passwordProblem(v.newPassword) : 'Enter the new password.';
  if (problem) e.newPassword = problem;
  else if (v.confirm !== v.newPassword) e.confirm = 'The two passwords differ. Type the same password twice.';
  return e;
}

/** An admin sets someone else's password (no current password needed); their sessions end. */
export function SetPasswordModal({ user, opened, onClose }: { user: User; opened: boolean; onClose: () => void }) {
  const setPassword = useSetPassword();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const form = useForm<Values>({ mode: 'controlled', initialValues: { newPassword: '', confirm: '' }, validate: validateNewPassword });

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      await setPassword.mutateAsync({ id: user.id, body: { newPassword: v.newPassword } });
      notifications.show({ color: 'green', title: 'Password set', message: `${user.name} can sign in with the new password; their sessions were ended.` });
      onClose();
    } catch (err) {
      setFailure(applyServerError(form, err, ['newPassword']));
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={`Set a password for ${user.name}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            {user.name} is signed out everywhere and signs in with this password from now on. Tell them through a channel you trust, and ask them to change it
            under My profile.
          </Text>
          <PasswordField
            label="New password"
            description={PASSWORD_HINT}
            required
            withAsterisk
            data-autofocus
            autoComplete="new-password"
            {...form.getInputProps('newPassword')}
          />
          <PasswordField label="Repeat the new password" required withAsterisk autoComplete="new-password" {...form.getInputProps('confirm')} />
          {failure?.message && (
            <Alert color="red" title="Password not set" role="alert">
              {failure.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={setPassword.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={setPassword.isPending}>
              Set password
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
