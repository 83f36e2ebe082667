import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';
import { accountKeys } from '../accounts/api';
import { contactKeys } from '../contacts/api';

export type Activity = Schemas['ActivityView'];
export type ActivityInput = Schemas['ActivityInput'];
export type ActivityType = Schemas['ActivityType'];
export type TimelineEntry = Schemas['TimelineEntry'];

export const timelineKeys = {
  all: ['timeline'] as const,
  ofAccount: (accountId: string) => [...timelineKeys.all, accountId] as const,
  page: (accountId: string, kinds: readonly string[], cursor: string | undefined, limit: number) =>
    [...timelineKeys.ofAccount(accountId), kinds, cursor ?? null, limit] as const,
  activity: (id: string) => ['activities', id] as const,
};

/** One page of the account's timeline, newest first, of the given kinds (none: every kind). */
export function useTimeline(accountId: string, kinds: readonly string[], cursor: string | undefined, limit = 25) {
  return useQuery({
    queryKey: timelineKeys.page(accountId, kinds, cursor, limit),
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/accounts/{accountId}/timeline', {
          params: { path: { accountId }, query: { ...(kinds.length ? { kind: [...kinds] } : {}), ...(cursor ? { cursor } : {}), limit } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useActivity(id: string | null) {
  return useQuery({
    queryKey: timelineKeys.activity(id ?? ''),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/activities/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: !!id,
  });
}

/** After an activity changes: the timeline, the account's and its contacts' last touch, the workload are stale. */
function refresh(qc: QueryClient, accountId: string) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: timelineKeys.ofAccount(accountId) }),
    qc.invalidateQueries({ queryKey: ['activities'] }),
    qc.invalidateQueries({ queryKey: accountKeys.detail(accountId) }),
    qc.invalidateQueries({ queryKey: accountKeys.lists() }),
    qc.invalidateQueries({ queryKey: contactKeys.all }),
    qc.invalidateQueries({ queryKey: ['workload'] }),
  ]);
}

export function useCreateActivity(accountId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: ActivityInput) => must(await api.POST('/api/v1/accounts/{accountId}/activities', { params: { path: { accountId } }, body })),
    onSuccess: () => refresh(qc, accountId),
  });
}

export function useUpdateActivity(accountId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, patch }: { id: string; version: number; patch: Partial<ActivityInput> }) =>
      must(
        await api.PATCH('/api/v1/activities/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: patch as ActivityInput,
          headers: { 'Content-Type': 'application/merge-patch+json' },
        }),
      ),
    onSuccess: () => refresh(qc, accountId),
  });
}

export function useDeleteActivity(accountId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) => {
      await api.DELETE('/api/v1/activities/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } });
    },
    onSuccess: () => refresh(qc, accountId),
  });
}
