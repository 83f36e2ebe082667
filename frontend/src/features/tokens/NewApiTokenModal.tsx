import { Button, Checkbox, Code, CopyButton, Group, Modal, Stack, Text, TextInput, Alert } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useState } from 'react';
import { SaveFailureAlert } from '../../components/FormFooter';
import { applyServerError, type FormFailure } from '../../components/server-errors';
import type { Scope } from '../auth/permissions';
import { useCreateApiToken, type CreatedApiToken, type NewApiToken } from './api';
import { SCOPE_DESCRIPTION } from './scopes';
import { rules } from '../../api/rules';
import { tooLong } from '../../components/text-check';

interface Values {
  [key: string]: unknown;
  name: string;
  scopes: Scope[];
  /** The last day the token works (YYYY-MM-DD), or null for no expiry. */
  expiresAt: string | null;
}

const FIELDS = ['name', 'scopes', 'expiresAt'] as const;
export const TOKEN_NAME_MAX = rules.limits.ApiTokenInput.name.maxLength;

export function validateNewToken(v: Values, today = dayjs()) {
  const e: Partial<Record<keyof Values, string>> = {};
  const name = v.name.trim();
  const nameTooLong = tooLong(name, TOKEN_NAME_MAX);
  if (!name) e.name = 'Name the token after what uses it, e.g. “Billing sync”.';
  else if (nameTooLong) e.name = nameTooLong;
  if (v.scopes.length === 0) e.scopes = 'Pick at least one scope: what the integration may do.';
  if (v.expiresAt && !dayjs(v.expiresAt).isAfter(today, 'day')) e.expiresAt = 'Pick a day after today, or leave empty for no expiry.';
  return e;
}

/** The request body: the token works until the end of the chosen day, in the viewer's time zone. */
export function toNewApiToken(v: Values): NewApiToken {
  return {
    name: v.name.trim(),
    scopes: v.scopes,
    ...(v.expiresAt ? { expiresAt: dayjs(v.expiresAt).endOf('day').toISOString() } : {}),
  };
}

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The scopes the person may grant (their role's). */
  grantable: readonly Scope[];
  onCreated: (created: CreatedApiToken) => void;
}

export function NewApiTokenModal({ opened, onClose, grantable, onCreated }: Props) {
  const create = useCreateApiToken();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const form = useForm<Values>({ mode: 'controlled', initialValues: { name: '', scopes: [], expiresAt: null }, validate: (v) => validateNewToken(v) });

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      const created = await create.mutateAsync(toNewApiToken(v));
      // The secret goes to the one-time dialog only; nothing keeps a copy.
      create.reset();
      onCreated(created);
    } catch (err) {
      setFailure(applyServerError(form, err, FIELDS));
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title="New API token" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="Name"
            description="What uses the token, so you recognise it later."
            placeholder="e.g. Billing sync"
            required
            withAsterisk
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Checkbox.Group
            label="Scopes"
            description="What the token may do. You can grant only what your role allows."
            required
            withAsterisk
            {...form.getInputProps('scopes')}
          >
            <Stack gap={8} mt="xs">
              {grantable.map((s) => (
                <Checkbox key={s} value={s} label={<Code>{s}</Code>} description={SCOPE_DESCRIPTION[s]} />
              ))}
            </Stack>
          </Checkbox.Group>
          <DateInput
            label="Expires on"
            description="The token stops working at the end of this day. Leave empty for a token that does not expire."
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD (optional)"
            clearable
            // Not minDate: that empties a typed past day on blur, and an empty field means "never expires".
            excludeDate={(day) => !dayjs(day).isAfter(dayjs(), 'day')}
            popoverProps={{ withinPortal: true }}
            {...form.getInputProps('expiresAt')}
          />
          <SaveFailureAlert failure={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={create.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create token
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The new token's secret, shown this once. */
export function TokenSecretModal({ created, onDone }: { created: CreatedApiToken | null; onDone: () => void }) {
  return (
    <Modal opened={!!created} onClose={onDone} title="Copy your new API token" size="lg" closeOnClickOutside={false}>
      {created && (
        <Stack>
          <Alert color="yellow" variant="light" title="Shown only this once">
            Copy the token now and keep it somewhere safe. Stratum stores only a fingerprint of it and cannot show it again: if it is lost, revoke it and create
            a new one.
          </Alert>
          <TextInput
            label="API token"
            description={`“${created.apiToken.name}”, for ${created.apiToken.scopes.join(', ')}`}
            value={created.token}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            data-autofocus
          />
          <Text size="sm" c="dimmed">
            Integrations send it as <Code>Authorization: Bearer &lt;token&gt;</Code>.
          </Text>
          <Group justify="flex-end">
            <CopyButton value={created.token}>
              {({ copied, copy }) => (
                <Button variant="light" color={copied ? 'teal' : 'blue'} onClick={copy}>
                  {copied ? 'Copied' : 'Copy token'}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onDone}>Done</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
