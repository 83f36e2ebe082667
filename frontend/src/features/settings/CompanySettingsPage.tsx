import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { rules } from '../../api/rules';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { applyServerError } from '../../components/server-errors';
import { useFormSubmit } from '../../components/use-form-submit';
import { useMe } from '../auth/api';
import { isAdmin } from '../auth/permissions';
import { useCompanySettings, useEmailSettings, useUpdateCompanySettings, type Settings } from './api';

const LIMITS = rules.limits.SettingsUpdate;

interface Values {
  [key: string]: unknown;
  companyName: string;
}

export function validateCompanySettings(v: Values) {
  const e: Partial<Record<keyof Values, string>> = {};
  const name = v.companyName.trim();
  if (!name) e.companyName = 'Enter your company’s name.';
  else if (name.length > LIMITS.companyName.maxLength) e.companyName = `Use at most ${LIMITS.companyName.maxLength} characters.`;
  return e;
}

function CompanyForm({ settings, canEdit }: { settings: Settings; canEdit: boolean }) {
  const update = useUpdateCompanySettings();
  const form = useForm<Values>({ mode: 'controlled', initialValues: { companyName: settings.companyName }, validate: validateCompanySettings });
  useEffect(() => {
    form.setInitialValues({ companyName: settings.companyName });
    // Only a newly saved version resets the form; typing does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settings.version]);
  const { submit, failure, submitting } = useFormSubmit(
    form,
    async (v) => {
      await update.mutateAsync({ version: settings.version, body: { companyName: v.companyName.trim() } });
      form.resetDirty();
      notifications.show({ color: 'green', title: 'Settings saved', message: 'E-mails to customers now carry the new name.' });
    },
    (err) => applyServerError(form, err, ['companyName']),
  );
  return (
    <form onSubmit={submit} noValidate aria-label="Company settings">
      <Stack maw={480}>
        <TextInput
          label="Company name"
          description="As your customers know you: it brands the survey invitations, reminders and thank-yous they get."
          required
          withAsterisk
          readOnly={!canEdit}
          maxLength={LIMITS.companyName.maxLength}
          {...form.getInputProps('companyName')}
        />
        {failure?.message && (
          <Alert color="red" title="Settings not saved" role="alert">
            {failure.message}
          </Alert>
        )}
        {canEdit ? (
          <Group>
            <Button type="submit" loading={submitting} disabled={!form.isDirty()}>
              Save
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            An admin changes the company’s settings.
          </Text>
        )}
      </Stack>
    </form>
  );
}

export function CompanySettingsPage() {
  const me = useMe().data;
  const settings = useCompanySettings();
  const email = useEmailSettings();
  return (
    <>
      <PageHeader title="Company" description="Your company’s name and how Stratum e-mails your customers." />
      <Stack maw={900} gap="md">
        <Card withBorder component="section" aria-labelledby="company-name">
          <Title order={3} size="h4" id="company-name" mb="sm">
            Name
          </Title>
          {settings.isPending && <LoadingState />}
          {settings.isError && <ErrorState error={settings.error} onRetry={() => void settings.refetch()} title="Could not load the settings" />}
          {settings.data && <CompanyForm settings={settings.data} canEdit={isAdmin(me)} />}
        </Card>
        <Card withBorder component="section" aria-labelledby="company-email">
          <Title order={3} size="h4" id="company-email" mb="sm">
            E-mail
          </Title>
          {email.data &&
            (email.data.configured ? (
              <Text size="sm">Survey e-mails are sent from {email.data.fromAddress}.</Text>
            ) : (
              <Text size="sm">
                E-mail is not set up on this server: survey links must be sent by hand. The server’s administrator sets it up with the STRATUM_SMTP_* settings
                (see the README).
              </Text>
            ))}
          {email.isError && <ErrorState error={email.error} onRetry={() => void email.refetch()} title="Could not load the e-mail settings" />}
        </Card>
      </Stack>
    </>
  );
}
