import { Alert, Button, Checkbox, Code, CopyButton, Group, Modal, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { webhookEventTypeValues } from '../../api/schema';
import { rules } from '../../api/rules';
import { SaveFailureAlert } from '../../components/FormFooter';
import { applyServerError, type FormFailure } from '../../components/server-errors';
import { useCreateWebhook, useUpdateWebhook, type CreatedWebhook, type Webhook, type WebhookEventType, type WebhookPatch } from './api';

interface Values {
  [key: string]: unknown;
  name: string;
  url: string;
  eventTypes: WebhookEventType[];
  active: boolean;
}

const FIELDS = ['name', 'url', 'eventTypes', 'active'] as const;
const LIMITS = rules.limits.WebhookInput;

export function validateWebhook(v: Values) {
  const e: Partial<Record<keyof Values, string>> = {};
  const name = v.name.trim();
  if (!name) e.name = 'Name the webhook after what receives it, e.g. “Billing system”.';
  else if (name.length > LIMITS.name.maxLength) e.name = `Use at most ${LIMITS.name.maxLength} characters.`;
  const url = v.url.trim();
  if (!url) e.url = 'Enter the URL that receives the events, e.g. https://hooks.example.com/stratum.';
  else if (url.length > LIMITS.url.maxLength) e.url = `Use at most ${LIMITS.url.maxLength} characters.`;
  else if (!/^https?:\/\//i.test(url)) e.url = 'Start the URL with https:// (the server refuses other schemes).';
  if (v.eventTypes.length === 0) e.eventTypes = 'Pick at least one event to send.';
  return e;
}

/** The events grouped by what they are about, for the checkboxes. */
const GROUPS = [...new Set(webhookEventTypeValues.map((t) => t.split('.')[0]))];

interface Props {
  /** The webhook to edit; none to create one. */
  webhook?: Webhook;
  onClose: () => void;
  onCreated?: (created: CreatedWebhook) => void;
}

export function WebhookFormModal({ webhook, onClose, onCreated }: Props) {
  const create = useCreateWebhook();
  const update = useUpdateWebhook();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      name: webhook?.name ?? '',
      url: webhook?.url ?? '',
      eventTypes: webhook ? [...webhook.eventTypes] : [],
      active: webhook?.active ?? true,
    },
    validate: validateWebhook,
  });
  const pending = create.isPending || update.isPending;

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    const body = { name: v.name.trim(), url: v.url.trim(), eventTypes: v.eventTypes, active: v.active };
    try {
      if (webhook) {
        const patch: WebhookPatch = body;
        await update.mutateAsync({ id: webhook.id, version: webhook.version, patch });
        onClose();
      } else {
        const created = await create.mutateAsync(body);
        // The secret goes to the one-time dialog only.
        create.reset();
        onCreated?.(created);
      }
    } catch (err) {
      setFailure(applyServerError(form, err, FIELDS));
    }
  });

  return (
    <Modal opened onClose={onClose} title={webhook ? `Edit “${webhook.name}”` : 'New webhook'} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="Name"
            description="What receives the events, so you recognise it later."
            required
            withAsterisk
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label="URL"
            description="An https address on the internet. Addresses inside the company network (loopback, private, link-local) are refused unless the server allows them."
            placeholder="https://hooks.example.com/stratum"
            required
            withAsterisk
            {...form.getInputProps('url')}
          />
          <Checkbox.Group label="Events" description="What the webhook receives." required withAsterisk {...form.getInputProps('eventTypes')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing={6}>
              {GROUPS.flatMap((group) =>
                webhookEventTypeValues.filter((t) => t.split('.')[0] === group).map((t) => <Checkbox key={t} value={t} label={<Code>{t}</Code>} />),
              )}
            </SimpleGrid>
          </Checkbox.Group>
          <Switch
            label="Active"
            description="An inactive webhook receives nothing; its waiting deliveries go out once it is active again."
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
          <SaveFailureAlert failure={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              {webhook ? 'Save webhook' : 'Create webhook'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The new webhook's signing secret, shown this once. */
export function WebhookSecretModal({ created, onDone }: { created: CreatedWebhook | null; onDone: () => void }) {
  return (
    <Modal opened={!!created} onClose={onDone} title="Copy the webhook’s secret" size="lg" closeOnClickOutside={false}>
      {created && (
        <Stack>
          <Alert color="yellow" variant="light" title="Shown only this once">
            Copy the secret now and give it to the receiver: it checks the Stratum-Signature header of every request with it. Stratum cannot show it again.
          </Alert>
          <TextInput
            label="Signing secret"
            description={`For “${created.webhook.name}”`}
            value={created.secret}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            data-autofocus
          />
          <Text size="sm" c="dimmed">
            Each request carries <Code>Stratum-Signature: t=…,v1=…</Code>, the HMAC-SHA256 of <Code>t.body</Code> with this secret.
          </Text>
          <Group justify="flex-end">
            <CopyButton value={created.secret}>
              {({ copied, copy }) => (
                <Button variant="light" color={copied ? 'teal' : 'blue'} onClick={copy}>
                  {copied ? 'Copied' : 'Copy secret'}
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
