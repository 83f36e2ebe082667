import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { formatDateTime, humanize } from '../../components/format';
import { Fact } from '../../components/DetailPage';
import { PageHeader } from '../../components/PageHeader';
import { applyServerError, type FormFailure } from '../../components/server-errors';
import { useMe, type Me } from '../auth/api';
import { useSetPassword } from '../users/api';
import { PASSWORD_HINT, passwordProblem } from '../users/password';
import { ROLE_HINT } from '../users/UserFormModal';
import { PasswordField } from '../../components/PasswordField';

interface Values {
  [key: string]: unknown;
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function validatePasswordChange(v: Values) {
  const e: Partial<Record<keyof Values, string>> = {};
  if (!v.currentPassword) e.currentPassword = 'Enter your current password.';
  const problem = v.newPassword ? passwordProblem(v.newPassword) : 'Enter a new password.';
  if (problem) e.newPassword = problem;
  else if (v.newPassword === v.currentPassword) e.newPassword = 'Choose a password different from the current one.';
  else if (v.confirm !== v.newPassword) e.confirm = 'The two passwords differ. Type the same password twice.';
  return e;
}

const EMPTY: Values = { currentPassword: '', newPassword: '', confirm: '' };

/** Changes your own password: needs the current one; your other sessions end. */
export function ChangePasswordForm({ me }: { me: Me }) {
  const setPassword = useSetPassword();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const form = useForm<Values>({ mode: 'controlled', initialValues: EMPTY, validate: validatePasswordChange });

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      await setPassword.mutateAsync({ id: me.user.id, body: { currentPassword: v.currentPassword, newPassword: v.newPassword } });
      form.setValues(EMPTY);
      form.resetDirty(EMPTY);
      notifications.show({ color: 'green', title: 'Password changed', message: 'Use it the next time you sign in. Your other sessions were signed out.' });
    } catch (err) {
      setFailure(applyServerError(form, err, FIELDS));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Change password">
      <Stack maw={420}>
        <PasswordField label="Current password" required withAsterisk autoComplete="current-password" {...form.getInputProps('currentPassword')} />
        <PasswordField
          label="New password"
          description={PASSWORD_HINT}
          required
          withAsterisk
          autoComplete="new-password"
          {...form.getInputProps('newPassword')}
        />
        <PasswordField label="Repeat the new password" required withAsterisk autoComplete="new-password" {...form.getInputProps('confirm')} />
        {failure?.message && (
          <Alert color="red" title="Password not changed" role="alert">
            {failure.message}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={setPassword.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ProfilePage() {
  const me = useMe().data;
  if (!me) return null;
  const u = me.user;
  return (
    <>
      <PageHeader title="My profile" description="Who you are signed in as, and your password." />
      <Stack maw={900} gap="md">
        <Card withBorder component="section" aria-labelledby="profile-you">
          <Title order={3} size="h4" id="profile-you" mb="sm">
            You
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" component="dl" m={0}>
            <Fact label="Name">{u.name}</Fact>
            <Fact label="Email">{u.email}</Fact>
            <Fact label="Role">
              <Badge variant="light" tt="none">
                {humanize(u.role)}
              </Badge>
            </Fact>
            <Fact label="Member since">{formatDateTime(u.createdAt)}</Fact>
            <Fact label="Session">{me.idleTimeoutSeconds ? `Ends after ${Math.round(me.idleTimeoutSeconds / 60)} minutes without activity` : 'API token'}</Fact>
          </SimpleGrid>
          <Text size="sm" c="dimmed" mt="sm">
            {ROLE_HINT[u.role]} Your name, email and role are changed by an admin.
          </Text>
        </Card>
        <Card withBorder component="section" aria-labelledby="profile-password">
          <Title order={3} size="h4" id="profile-password" mb={4}>
            Change password
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            You stay signed in here; every other session of yours is signed out.
          </Text>
          <ChangePasswordForm me={me} />
        </Card>
      </Stack>
    </>
  );
}
