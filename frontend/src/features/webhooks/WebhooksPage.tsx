import { Alert, Badge, Button, Card, Code, Group, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal';
import { EMPTY, formatDateTime } from '../../components/format';
import { ListFooter } from '../../components/ListFooter';
import { NO_FILTERS, useListUrlState } from '../../components/list-url-state';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { Truncated } from '../../components/Truncated';
import { useMe } from '../auth/api';
import { canManageWebhooks } from '../auth/permissions';
import { useDeleteWebhook, useRedeliver, useWebhookDeliveries, useWebhooks, type CreatedWebhook, type Webhook, type WebhookDelivery } from './api';
import { WebhookFormModal, WebhookSecretModal } from './WebhookFormModal';

const STATUS_COLOR: Record<WebhookDelivery['status'], string> = { PENDING: 'yellow', SENT: 'green', FAILED: 'red' };

function DeleteModal({ webhook, onClose }: { webhook: Webhook; onClose: () => void }) {
  const remove = useDeleteWebhook();
  return (
    <ConfirmModal
      opened
      onClose={onClose}
      title={`Delete “${webhook.name}”?`}
      confirmLabel="Delete webhook"
      failedTitle="Not deleted"
      error={remove.isError ? remove.error : null}
      pending={remove.isPending}
      onConfirm={() =>
        remove.mutate(
          { id: webhook.id, version: webhook.version },
          {
            onSuccess: () => {
              notifications.show({ color: 'gray', title: 'Webhook deleted', message: webhook.name });
              onClose();
            },
          },
        )
      }
    >
      Nothing more is sent to {webhook.url}, and its delivery log is deleted with it. This cannot be undone.
    </ConfirmModal>
  );
}

function Redeliver({ webhookId, delivery }: { webhookId: string; delivery: WebhookDelivery }) {
  const redeliver = useRedeliver();
  return (
    <Stack gap={4} align="flex-end">
      <Button
        size="xs"
        variant="light"
        loading={redeliver.isPending}
        aria-label={`Redeliver ${delivery.eventType} of ${formatDateTime(delivery.createdAt)}`}
        onClick={() =>
          redeliver.mutate(
            { webhookId, deliveryId: delivery.id },
            { onSuccess: () => notifications.show({ color: 'green', title: 'Queued again', message: `${delivery.eventType} goes out within seconds.` }) },
          )
        }
      >
        Redeliver
      </Button>
      {redeliver.isError && (
        <Text size="xs" c="red" role="alert">
          The event was not queued again; try once more.
        </Text>
      )}
    </Stack>
  );
}

function DeliveryLog({ webhook }: { webhook: Webhook }) {
  const { paging } = useListUrlState(NO_FILTERS, { prefix: 'log' });
  const log = useWebhookDeliveries(webhook.id, paging.cursor);
  const items = log.data?.items ?? [];
  return (
    <Card withBorder p={0} mt="lg">
      <Group p="md" pb={0} justify="space-between">
        <Title order={3} size="h4">
          Deliveries of “{webhook.name}”
        </Title>
      </Group>
      {log.isError && !log.data ? (
        <Stack p="md">
          <ErrorState error={log.error} onRetry={() => void log.refetch()} title="Could not load the delivery log" />
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={1000}>
          <Table verticalSpacing="sm" aria-label="Delivery log" aria-busy={log.isFetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Event</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Attempts</Table.Th>
                <Table.Th>HTTP status</Table.Th>
                <Table.Th>Latency</Table.Th>
                <Table.Th>Response</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.isPending && (
                <Table.Tr>
                  <Table.Td colSpan={8}>
                    <Skeleton height={18} />
                  </Table.Td>
                </Table.Tr>
              )}
              {items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Code>{d.eventType}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[d.status]} variant="light">
                      {d.status}
                    </Badge>
                    {d.status === 'PENDING' && d.nextAttemptAt && (
                      <Text size="xs" c="dimmed">
                        next try {formatDateTime(d.nextAttemptAt)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{d.attempts}</Table.Td>
                  <Table.Td>{d.responseStatus ?? EMPTY}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.latencyMs == null ? EMPTY : `${d.latencyMs} ms`}</Table.Td>
                  <Table.Td>
                    {d.error && (
                      <Text size="sm" c="red">
                        {d.error}
                      </Text>
                    )}
                    {d.responseExcerpt ? <Truncated text={d.responseExcerpt} maw="20rem" /> : !d.error && EMPTY}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(d.createdAt)}</Table.Td>
                  <Table.Td ta="right">{d.status !== 'PENDING' && <Redeliver webhookId={webhook.id} delivery={d} />}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {log.isSuccess && items.length === 0 && (
        <EmptyState title="Nothing delivered yet">Events are listed here as they are sent: change an account or an opportunity to see the first.</EmptyState>
      )}
      <ListFooter query={log} paging={paging} itemCount={items.length} label={['delivery', 'deliveries']} showPageError />
    </Card>
  );
}

export function WebhooksPage() {
  const me = useMe().data;
  const allowed = canManageWebhooks(me);
  const { paging } = useListUrlState(NO_FILTERS);
  const [searchParams, setSearchParams] = useSearchParams();
  const webhooks = useWebhooks(paging.cursor, allowed);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const [editing, setEditing] = useState<Webhook | null>(null);
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  const items = webhooks.data?.items ?? [];
  const selectedId = searchParams.get('webhook');
  const selected = items.find((w) => w.id === selectedId) ?? null;
  const select = (id: string) =>
    setSearchParams((sp) => {
      const next = new URLSearchParams(sp);
      next.set('webhook', id);
      [...next.keys()].filter((k) => k.startsWith('log.')).forEach((k) => next.delete(k));
      return next;
    });

  if (!allowed) {
    return (
      <>
        <PageHeader title="Webhooks" />
        <Alert color="gray" title="Only admins manage webhooks">
          Webhooks send the company’s business events to other systems, so only admins (with the webhooks:admin scope) see and change them. Ask an admin if an
          integration needs one.
        </Alert>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Business events (accounts, opportunities, contacts, activities, QBRs, revenue alerts) sent to other systems as they happen, signed, retried for a day."
        actions={
          <Button onClick={() => setCreating(true)} disabled={!me?.csrfToken} title={me?.csrfToken ? undefined : 'Create webhooks from a signed-in browser'}>
            New webhook
          </Button>
        }
      />
      <Card withBorder p={0}>
        {webhooks.isError && !webhooks.data ? (
          <Stack p="md">
            <ErrorState error={webhooks.error} onRetry={() => void webhooks.refetch()} title="Could not load the webhooks" />
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="sm" highlightOnHover aria-label="Webhooks" aria-busy={webhooks.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>URL</Table.Th>
                  <Table.Th>Events</Table.Th>
                  <Table.Th>State</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {webhooks.isPending && (
                  <Table.Tr>
                    <Table.Td colSpan={5}>
                      <Skeleton height={18} />
                    </Table.Td>
                  </Table.Tr>
                )}
                {items.map((w) => (
                  <Table.Tr key={w.id} bg={w.id === selectedId ? 'var(--mantine-color-blue-light)' : undefined}>
                    <Table.Td fw={600}>
                      <Truncated text={w.name} maw="14rem" />
                    </Table.Td>
                    <Table.Td>
                      <Truncated text={w.url} maw="20rem" />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{w.eventTypes.length === 1 ? w.eventTypes[0] : `${w.eventTypes.length} events`}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Badge color={w.active ? 'green' : 'gray'} variant="light">
                          {w.active ? 'Active' : 'Inactive'}
                        </Badge>
                        {w.failingSince && (
                          <Badge color="red" variant="light" title={`A delivery was given up on ${formatDateTime(w.failingSince)}`}>
                            Failing
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      <Button size="xs" variant="subtle" onClick={() => select(w.id)} aria-label={`Deliveries of ${w.name}`}>
                        Deliveries
                      </Button>
                      <Button size="xs" variant="subtle" onClick={() => setEditing(w)} aria-label={`Edit ${w.name}`}>
                        Edit
                      </Button>
                      <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(w)} aria-label={`Delete ${w.name}`}>
                        Delete
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {webhooks.isSuccess && items.length === 0 && (
          <EmptyState title="No webhooks yet">Create one with “New webhook” for each system that should hear of changes.</EmptyState>
        )}
        <ListFooter query={webhooks} paging={paging} itemCount={items.length} label={['webhook', 'webhooks']} showPageError />
      </Card>
      {selected && <DeliveryLog key={selected.id} webhook={selected} />}
      {creating && (
        <WebhookFormModal
          onClose={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false);
            setCreated(c);
          }}
        />
      )}
      {editing && <WebhookFormModal webhook={editing} onClose={() => setEditing(null)} />}
      {deleting && <DeleteModal webhook={deleting} onClose={() => setDeleting(null)} />}
      <WebhookSecretModal
        created={created}
        onDone={() => {
          notifications.show({ color: 'green', title: 'Webhook created', message: created?.webhook.name ?? '' });
          if (created) select(created.webhook.id);
          setCreated(null);
        }}
      />
    </>
  );
}
