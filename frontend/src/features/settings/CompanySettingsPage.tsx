import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { rules } from '../../api/rules';
import { NumberField } from '../../components/NumberField';
import { checkNumber, readNumber, type NumberValue } from '../../components/number-check';
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
  currency: string;
  grrThresholdPct: NumberValue;
}

const CURRENCY = /^[A-Z]{3}$/;

export function validateCompanySettings(v: Values) {
  const e: Partial<Record<keyof Values, string>> = {};
  const name = v.companyName.trim();
  if (!name) e.companyName = 'Enter your company’s name.';
  else if (name.length > LIMITS.companyName.maxLength) e.companyName = `Use at most ${LIMITS.companyName.maxLength} characters.`;
  if (!CURRENCY.test(v.currency)) e.currency = 'Use a three-letter ISO 4217 currency code in capitals, such as EUR or USD.';
  const threshold = checkNumber(v.grrThresholdPct, LIMITS.grrThresholdPct, 'Enter the threshold in percent, from 0 to 100.');
  if (threshold) e.grrThresholdPct = threshold;
  return e;
}

function initial(settings: Settings): Values {
  return { companyName: settings.companyName, currency: settings.currency, grrThresholdPct: settings.grrThresholdPct };
}

function CompanyForm({ settings, canEdit }: { settings: Settings; canEdit: boolean }) {
  const update = useUpdateCompanySettings();
  const form = useForm<Values>({ mode: 'controlled', initialValues: initial(settings), validate: validateCompanySettings });
  useEffect(() => {
    form.setInitialValues(initial(settings));
    // Only a newly saved version resets the form; typing does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settings.version]);
  const { submit, failure, submitting } = useFormSubmit(
    form,
    async (v) => {
      await update.mutateAsync({
        version: settings.version,
        body: { companyName: v.companyName.trim(), currency: v.currency, grrThresholdPct: readNumber(v.grrThresholdPct) ?? undefined },
      });
      form.resetDirty();
      notifications.show({ color: 'green', title: 'Settings saved', message: 'The company’s settings are saved.' });
    },
    (err) => applyServerError(form, err, ['companyName', 'currency', 'grrThresholdPct']),
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
          {...form.getInputProps('companyName')}
        />
        <TextInput
          label="Currency"
          description="The ISO 4217 code every revenue line and contract value is in. It cannot change once revenue lines exist."
          required
          withAsterisk
          readOnly={!canEdit}
          w={160}
          {...form.getInputProps('currency')}
        />
        <NumberField
          label="Gross revenue retention threshold (%)"
          description="The retention gate on commission: once an account has revenue data, its gross revenue retention for the year must reach this (100 = nothing lost)."
          required
          withAsterisk
          readOnly={!canEdit}
          w={320}
          {...form.getInputProps('grrThresholdPct')}
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
      <PageHeader title="Company" description="Your company’s name, currency and retention threshold, and how Stratum e-mails your customers." />
      <Stack maw={900} gap="md">
        <Card withBorder component="section" aria-labelledby="company-name">
          <Title order={3} size="h4" id="company-name" mb="sm">
            Company
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
