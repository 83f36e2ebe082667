import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';

export type Webhook = Schemas['WebhookView'];
export type WebhookInput = Schemas['WebhookInput'];
export type WebhookPatch = Schemas['WebhookPatch'];
export type CreatedWebhook = Schemas['CreatedWebhook'];
export type WebhookDelivery = Schemas['WebhookDeliveryView'];
export type WebhookEventType = Schemas['WebhookEventType'];

export const webhookKeys = {
  all: ['webhooks'] as const,
  list: (cursor: string | undefined) => [...webhookKeys.all, 'list', cursor ?? null] as const,
  deliveries: (id: string, cursor: string | undefined) => [...webhookKeys.all, 'deliveries', id, cursor ?? null] as const,
};

/** Every webhook of the company, newest first (asked only when the caller may see them). */
export function useWebhooks(cursor: string | undefined, enabled = true) {
  return useQuery({
    enabled,
    queryKey: webhookKeys.list(cursor),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/webhooks', { params: { query: { ...(cursor ? { cursor } : {}), limit: 50 } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Creates a webhook. The answer carries the secret once; the mutation is reset so no copy lingers in the cache. */
export function useCreateWebhook() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: WebhookInput) => must(await api.POST('/api/v1/webhooks', { body })),
    gcTime: 0,
    onSuccess: () => qc.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}

export function useUpdateWebhook() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, patch }: { id: string; version: number; patch: WebhookPatch }) =>
      must(
        await api.PATCH('/api/v1/webhooks/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: patch as WebhookInput,
          headers: { 'Content-Type': 'application/merge-patch+json' },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}

export function useDeleteWebhook() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) => {
      await api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } });
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}

/** A webhook's delivery log, newest first; refreshed every 2 s while a delivery waits, else every 5 s. */
export function useWebhookDeliveries(id: string | null, cursor: string | undefined) {
  return useQuery({
    queryKey: webhookKeys.deliveries(id ?? 'none', cursor),
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/webhooks/{id}/deliveries', {
          params: { path: { id: id! }, query: { ...(cursor ? { cursor } : {}), limit: 50 } },
          signal,
        }),
      ),
    enabled: !!id,
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.items.some((d) => d.status === 'PENDING') ? 2000 : 5000),
  });
}

export function useRedeliver() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ webhookId, deliveryId }: { webhookId: string; deliveryId: string }) =>
      must(await api.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', { params: { path: { id: webhookId, deliveryId } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}
