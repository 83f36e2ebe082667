import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';
import { accountKeys } from '../accounts/api';

export type Handoff = Schemas['HandoffView'];
export type HandoffStatus = Schemas['HandoffStatus'];
export type ChecklistSection = Schemas['HandoffChecklistSection'];
export type NewHandoff = Schemas['NewHandoff'];
export type SectionNotes = Schemas['HandoffSectionNotes'];

export const handoffKeys = {
  all: ['handoffs'] as const,
  detail: (id: string) => [...handoffKeys.all, 'detail', id] as const,
  ofAccount: (accountId: string) => [...handoffKeys.all, 'account', accountId] as const,
  incoming: (userId: string) => [...handoffKeys.all, 'incoming', userId] as const,
  checklist: (accountId: string) => [...handoffKeys.all, 'checklist', accountId] as const,
};

/** The account's open handoff, if it has one (at most one is open). */
export function useOpenHandoff(accountId: string) {
  return useQuery({
    queryKey: [...handoffKeys.ofAccount(accountId), 'OPEN'] as const,
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/accounts/{accountId}/handoffs', {
          params: { path: { accountId }, query: { status: ['OPEN'], limit: 1 } },
          signal,
        }),
      ).items[0] ?? null,
  });
}

/** One page of the handoffs waiting for this user, newest first. */
export function useIncomingHandoffs(userId: string | undefined, cursor: string | undefined, limit = 10) {
  return useQuery({
    queryKey: [...handoffKeys.incoming(userId ?? ''), cursor ?? null, limit] as const,
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/handoffs', {
          params: { query: { toUserId: [userId ?? ''], status: ['OPEN'], limit, ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ),
    enabled: !!userId,
    placeholderData: keepPreviousData,
  });
}

export function useHandoff(id: string) {
  return useQuery({
    queryKey: handoffKeys.detail(id),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/handoffs/{id}', { params: { path: { id } }, signal })),
  });
}

/** The checklist a handoff started now would carry, for review in the form. */
export function useChecklistPreview(accountId: string, enabled: boolean) {
  return useQuery({
    queryKey: handoffKeys.checklist(accountId),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/accounts/{accountId}/handoffs/checklist', { params: { path: { accountId } }, signal })),
    enabled,
  });
}

function useHandoffCache() {
  const qc = useQueryClient();
  return (handoff: Handoff) => {
    qc.setQueryData(handoffKeys.detail(handoff.id), handoff);
    void qc.invalidateQueries({ queryKey: handoffKeys.ofAccount(handoff.accountId) });
    void qc.invalidateQueries({ queryKey: [...handoffKeys.all, 'incoming'] });
    void qc.invalidateQueries({ queryKey: accountKeys.detail(handoff.accountId) });
    void qc.invalidateQueries({ queryKey: accountKeys.lists() });
    void qc.invalidateQueries({ queryKey: ['tier-capacity'] });
  };
}

export function useStartHandoff() {
  const store = useHandoffCache();
  return useMutation({
    mutationFn: async ({ accountId, body }: { accountId: string; body: NewHandoff }) =>
      must(await api.POST('/api/v1/accounts/{accountId}/handoffs', { params: { path: { accountId } }, body })),
    onSuccess: store,
  });
}

export function useAcceptHandoff() {
  const store = useHandoffCache();
  return useMutation({
    mutationFn: async (h: Handoff) =>
      must(await api.POST('/api/v1/handoffs/{id}/accept', { params: { path: { id: h.id }, header: { 'If-Match': ifMatch(h.version) } } })),
    onSuccess: store,
  });
}

export function useDeclineHandoff() {
  const store = useHandoffCache();
  return useMutation({
    mutationFn: async ({ handoff, reason }: { handoff: Handoff; reason: string }) =>
      must(
        await api.POST('/api/v1/handoffs/{id}/decline', {
          params: { path: { id: handoff.id }, header: { 'If-Match': ifMatch(handoff.version) } },
          body: { reason },
        }),
      ),
    onSuccess: store,
  });
}

export function useCancelHandoff() {
  const store = useHandoffCache();
  return useMutation({
    mutationFn: async (h: Handoff) =>
      must(await api.POST('/api/v1/handoffs/{id}/cancel', { params: { path: { id: h.id }, header: { 'If-Match': ifMatch(h.version) } } })),
    onSuccess: store,
  });
}
