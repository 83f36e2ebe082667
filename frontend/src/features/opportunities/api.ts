import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';
import { boardListQuery, isClosedStage, listQuery, type BoardColumnQuery, type OpportunityFilters } from './filters';
import type { Opportunity, OpportunityInput, OpportunityPatch, Stage } from './model';

type Tier = Schemas['Tier'];

export const opportunityKeys = {
  all: ['opportunities'] as const,
  lists: () => [...opportunityKeys.all, 'list'] as const,
  list: (filters: OpportunityFilters, cursor: string | undefined, limit: number) => [...opportunityKeys.lists(), filters, cursor ?? null, limit] as const,
  board: (stage: Stage, q: BoardColumnQuery) => [...opportunityKeys.lists(), 'board', stage, q] as const,
  detail: (id: string) => [...opportunityKeys.all, 'detail', id] as const,
  history: (id: string) => [...opportunityKeys.all, 'detail', id, 'history'] as const,
  summaries: () => ['pipeline-summary'] as const,
  summary: (q: SummaryQuery) => ['pipeline-summary', q] as const,
  growths: () => ['account-growth'] as const,
  growth: (accountId: string, year?: number) => ['account-growth', accountId, year ?? null] as const,
};

export function useOpportunities(filters: OpportunityFilters, cursor: string | undefined, limit = 50) {
  return useQuery({
    queryKey: opportunityKeys.list(filters, cursor, limit),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/opportunities', { params: { query: listQuery(filters, cursor, limit) }, signal })),
    placeholderData: keepPreviousData,
  });
}

/**
 * One board column: the opportunities in a stage, page after page ("Show more"). A closed column
 * waits until its query carries the summary window (closedAfter), so it never shows older decisions.
 */
export function useBoardColumn(stage: Stage, q: BoardColumnQuery, limit = 50) {
  return useInfiniteQuery({
    queryKey: opportunityKeys.board(stage, q),
    enabled: !isClosedStage(stage) || !!q.closedAfter,
    queryFn: async ({ pageParam, signal }) =>
      must(await api.GET('/api/v1/opportunities', { params: { query: boardListQuery(stage, q, pageParam, limit) }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useOpportunity(id: string) {
  return useQuery({
    queryKey: opportunityKeys.detail(id),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/opportunities/{id}', { params: { path: { id } }, signal })),
  });
}

/** One page of an opportunity's stage changes, newest first. */
export function useOpportunityHistory(id: string, cursor: string | undefined, limit = 20) {
  return useQuery({
    queryKey: [...opportunityKeys.history(id), cursor ?? null, limit] as const,
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/opportunities/{id}/history', {
          params: { path: { id }, query: { limit, ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export interface SummaryQuery {
  ownerId?: string[];
  type?: Schemas['OpportunityType'][];
  tier?: Tier[];
  accountId?: string[];
  from?: string;
  to?: string;
}

export function usePipelineSummary(q: SummaryQuery) {
  return useQuery({
    queryKey: opportunityKeys.summary(q),
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/pipeline/summary', {
          params: {
            query: {
              ...(q.ownerId?.length ? { ownerId: q.ownerId } : {}),
              ...(q.type?.length ? { type: q.type } : {}),
              ...(q.tier?.length ? { tier: q.tier } : {}),
              ...(q.accountId?.length ? { accountId: q.accountId } : {}),
              ...(q.from ? { from: q.from } : {}),
              ...(q.to ? { to: q.to } : {}),
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAccountGrowth(accountId: string, year?: number) {
  return useQuery({
    queryKey: opportunityKeys.growth(accountId, year),
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/accounts/{accountId}/growth', {
          params: { path: { accountId }, query: year ? { year } : {} },
          signal,
        }),
      ),
  });
}

/** After any write: the record itself, and everything that counts it. */
export function refreshAfterWrite(qc: QueryClient, o: Opportunity | { id: string; accountId?: string }) {
  if ('version' in o) qc.setQueryData(opportunityKeys.detail(o.id), o);
  return Promise.all([
    qc.invalidateQueries({ queryKey: opportunityKeys.lists() }),
    qc.invalidateQueries({ queryKey: opportunityKeys.history(o.id) }),
    qc.invalidateQueries({ queryKey: opportunityKeys.summaries() }),
    qc.invalidateQueries({ queryKey: opportunityKeys.growths() }),
  ]);
}

export function useCreateOpportunity() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: OpportunityInput) => must(await api.POST('/api/v1/opportunities', { body })),
    onSuccess: (o) => {
      void refreshAfterWrite(qc, o);
    },
  });
}

export function useUpdateOpportunity() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, patch }: { id: string; version: number; patch: OpportunityPatch }) =>
      must(
        await api.PATCH('/api/v1/opportunities/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: patch,
          headers: { 'Content-Type': 'application/merge-patch+json' },
        }),
      ),
    onSuccess: (o) => {
      void refreshAfterWrite(qc, o);
    },
  });
}

export function useDeleteOpportunity() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) => {
      await api.DELETE('/api/v1/opportunities/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } });
      return id;
    },
    onSuccess: (id) => {
      qc.removeQueries({ queryKey: opportunityKeys.detail(id), exact: true });
      void refreshAfterWrite(qc, { id });
    },
  });
}

export interface MoveStage {
  id: string;
  /** The version last read; a stale one is refused with 412. Omitted from the board, where the card may be older than the record. */
  version?: number;
  stage: Stage;
  lossReason?: string;
  lossCompetitorId?: string;
  note?: string;
}

export function useMoveStage() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, stage, lossReason, lossCompetitorId, note }: MoveStage) =>
      must(
        await api.POST('/api/v1/opportunities/{id}/stage', {
          params: { path: { id }, ...(version !== undefined ? { header: { 'If-Match': ifMatch(version) } } : {}) },
          body: { stage, ...(lossReason ? { lossReason } : {}), ...(lossCompetitorId ? { lossCompetitorId } : {}), ...(note ? { note } : {}) },
        }),
      ),
    onSettled: (o, _e, v) => refreshAfterWrite(qc, o ?? { id: v.id }),
  });
}

export function useReopenOpportunity() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, reason, stage }: { id: string; version: number; reason: string; stage?: Stage | null }) =>
      must(
        await api.POST('/api/v1/opportunities/{id}/reopen', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: { reason, ...(stage ? { stage } : {}) },
        }),
      ),
    onSuccess: (o) => refreshAfterWrite(qc, o),
  });
}

export type Splits = Schemas['SplitsView'];

/** How an expansion opportunity's credit is split between team members (empty: its owner has it all). */
export function useSplits(id: string, enabled = true) {
  return useQuery({
    queryKey: [...opportunityKeys.detail(id), 'splits'],
    enabled,
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/opportunities/{opportunityId}/splits', { params: { path: { opportunityId: id } }, signal })),
  });
}

/** Replaces the splits whole; the scorecards and statements read them, so theirs are read again. */
export function useReplaceSplits() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: Schemas['SplitsInput'] }) =>
      must(await api.PUT('/api/v1/opportunities/{opportunityId}/splits', { params: { path: { opportunityId: id } }, body })),
    onSuccess: (saved) => {
      qc.setQueryData([...opportunityKeys.detail(saved.opportunityId), 'splits'], saved);
      return Promise.all([qc.invalidateQueries({ queryKey: ['scorecard'] }), qc.invalidateQueries({ queryKey: ['statements'] })]);
    },
  });
}
