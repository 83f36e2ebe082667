import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';

export type AccountEvent = Schemas['EventView'];
export type EventInput = Schemas['EventInput'];
export type EventStatus = Schemas['EventStatus'];
export type EventType = Schemas['CompellingEventType'];
/** A JSON merge patch: only the properties to change; null clears an optional one. */
export type EventPatch = Partial<{ [K in keyof EventInput]: EventInput[K] | null }>;
export type EventReport = Schemas['EventReport'];

export interface EventListFilters {
  status: EventStatus[];
  reviewOverdue: boolean | null;
}

export const eventKeys = {
  all: ['events'] as const,
  ofAccount: (accountId: string) => [...eventKeys.all, 'account', accountId] as const,
  queue: () => [...eventKeys.all, 'queue'] as const,
  report: (from: string, to: string) => [...eventKeys.all, 'report', from, to] as const,
};

function listQuery(f: EventListFilters, cursor: string | undefined, limit: number) {
  return {
    limit,
    ...(cursor ? { cursor } : {}),
    ...(f.status.length ? { status: f.status } : {}),
    ...(f.reviewOverdue !== null ? { reviewOverdue: f.reviewOverdue } : {}),
  };
}

/** One page of an account's events, newest first. */
export function useAccountEvents(accountId: string, filters: EventListFilters, cursor: string | undefined, limit = 20) {
  return useQuery({
    queryKey: [...eventKeys.ofAccount(accountId), filters, cursor ?? null, limit] as const,
    queryFn: async ({ signal }) =>
      must(await api.GET('/api/v1/accounts/{accountId}/events', { params: { path: { accountId }, query: listQuery(filters, cursor, limit) }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** One page of the company-wide events (the review queue), for some owners or all. */
export function useEventQueue(filters: EventListFilters & { ownerId: string[] }, cursor: string | undefined, limit = 25) {
  return useQuery({
    queryKey: [...eventKeys.queue(), filters, cursor ?? null, limit] as const,
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/events', {
          params: { query: { ...listQuery(filters, cursor, limit), ...(filters.ownerId.length ? { ownerId: filters.ownerId } : {}), sort: 'reviewDueAt' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCreateEvent(accountId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: EventInput) => must(await api.POST('/api/v1/accounts/{accountId}/events', { params: { path: { accountId } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: eventKeys.all }),
  });
}

export function useUpdateEvent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, patch }: { id: string; version: number; patch: EventPatch }) =>
      must(
        await api.PATCH('/api/v1/events/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: patch as EventInput,
          headers: { 'Content-Type': 'application/merge-patch+json' },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: eventKeys.all }),
  });
}

export function useEventReport(from: string, to: string) {
  return useQuery({
    queryKey: eventKeys.report(from, to),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/reports/events', { params: { query: { from, to } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** How many of the account's events are past their review deadline: the account page's Events tab badge. */
export function useOverdueEventCount(accountId: string) {
  const q = useQuery({
    queryKey: [...eventKeys.ofAccount(accountId), 'overdue-count'] as const,
    queryFn: async ({ signal }) =>
      must(await api.GET('/api/v1/accounts/{accountId}/events', { params: { path: { accountId }, query: { reviewOverdue: true, limit: 1 } }, signal })).total,
    enabled: !!accountId,
  });
  return q.data ?? 0;
}
