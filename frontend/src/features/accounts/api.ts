import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';
import { buildSortParam, type AccountFilters } from './filters';

export type Account = Schemas['AccountView'];
export type NewAccount = Schemas['AccountInput'];
/** A JSON merge patch: only the properties to change; null clears an optional one. */
export type AccountPatch = Schemas['AccountPatch'];
export type Tier = Schemas['Tier'];
export type TierChange = Schemas['TierChangeView'];

export const accountKeys = {
  all: ['accounts'] as const,
  lists: () => [...accountKeys.all, 'list'] as const,
  list: (filters: AccountFilters, cursor: string | undefined, limit: number) => [...accountKeys.lists(), filters, cursor ?? null, limit] as const,
  search: (q: string, ownerId: string | null = null) => [...accountKeys.all, 'search', q, ownerId] as const,
  detail: (id: string) => [...accountKeys.all, 'detail', id] as const,
  tierHistory: (id: string) => [...accountKeys.all, 'detail', id, 'tier-history'] as const,
};

/** Query parameters for GET /accounts built from the screen's filters. */
export function accountListQuery(f: AccountFilters, cursor: string | undefined, limit: number) {
  return {
    ...(f.q.trim() ? { q: f.q.trim() } : {}),
    ...(f.tier.length ? { tier: f.tier } : {}),
    ...(f.ownerId.length ? { ownerId: f.ownerId } : {}),
    ...(f.industry.length ? { industry: f.industry } : {}),
    ...(f.territory.length ? { territory: f.territory } : {}),
    ...(f.country.length ? { country: f.country } : {}),
    ...(f.lifecycle.length ? { lifecycle: f.lifecycle } : {}),
    ...(f.singleThreaded ? { singleThreaded: true } : {}),
    ...(f.touchOverdue ? { touchOverdue: true } : {}),
    ...(f.planMissing ? { planMissing: true } : {}),
    ...(f.planStale ? { planStale: true } : {}),
    ...(f.flag.length ? { flag: f.flag } : {}),
    archived: f.archived,
    ...(f.sort.length ? { sort: buildSortParam(f.sort) } : {}),
    ...(cursor ? { cursor } : {}),
    limit,
  };
}

export function useAccounts(filters: AccountFilters, cursor: string | undefined, limit = 50) {
  return useQuery({
    queryKey: accountKeys.list(filters, cursor, limit),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/accounts', { params: { query: accountListQuery(filters, cursor, limit) }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Small name search used by the account pickers; `ownerId` narrows it to one owner's accounts. */
export function useAccountSearch(q: string, enabled = true, ownerId: string | null = null) {
  return useQuery({
    queryKey: accountKeys.search(q, ownerId),
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/accounts', {
          params: { query: { ...(q ? { q } : {}), ...(ownerId ? { ownerId: [ownerId] } : {}), archived: false, sort: 'name', limit: 20 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useAccount(id: string, enabled = true) {
  return useQuery({
    queryKey: accountKeys.detail(id),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/accounts/{id}', { params: { path: { id } }, signal })),
    enabled,
  });
}

/** One page of an account's tier changes, newest first. */
export function useTierHistory(id: string, cursor: string | undefined, limit = 20) {
  return useQuery({
    queryKey: [...accountKeys.tierHistory(id), cursor ?? null, limit] as const,
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/accounts/{id}/tier-history', {
          params: { path: { id }, query: { limit, ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

function useAccountCache() {
  const qc = useQueryClient();
  return (account: Account) => {
    qc.setQueryData(accountKeys.detail(account.id), account);
    void qc.invalidateQueries({ queryKey: accountKeys.lists() });
    void qc.invalidateQueries({ queryKey: [...accountKeys.all, 'search'] });
    void qc.invalidateQueries({ queryKey: ['tier-capacity'] });
  };
}

export function useCreateAccount() {
  const store = useAccountCache();
  return useMutation({
    mutationFn: async (body: NewAccount) => must(await api.POST('/api/v1/accounts', { body })),
    onSuccess: store,
  });
}

export function useUpdateAccount() {
  const store = useAccountCache();
  return useMutation({
    mutationFn: async ({ id, version, patch }: { id: string; version: number; patch: AccountPatch }) =>
      must(
        await api.PATCH('/api/v1/accounts/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: patch,
          headers: { 'Content-Type': 'application/merge-patch+json' },
        }),
      ),
    onSuccess: store,
  });
}

export function useArchiveAccount() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await api.DELETE('/api/v1/accounts/{id}', { params: { path: { id } } });
      return id;
    },
    onSuccess: (id) =>
      Promise.all([
        qc.invalidateQueries({ queryKey: accountKeys.detail(id) }),
        qc.invalidateQueries({ queryKey: accountKeys.lists() }),
        qc.invalidateQueries({ queryKey: ['tier-capacity'] }),
      ]),
  });
}

/** Brings an archived account back into the lists (refused when its domain was taken or its owner is full). */
export function useRestoreAccount() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => must(await api.POST('/api/v1/accounts/{id}/restore', { params: { path: { id } } })),
    onSuccess: (account) =>
      Promise.all([
        qc.invalidateQueries({ queryKey: accountKeys.detail(account.id) }),
        qc.invalidateQueries({ queryKey: accountKeys.lists() }),
        qc.invalidateQueries({ queryKey: ['tier-capacity'] }),
      ]),
  });
}

export type TierReasonCode = Schemas['TierReasonCode'];
export type PromotionFacts = Schemas['PromotionFacts'];
/** One of the owner's accounts a swap could demote: the `swapCandidates` of a tier-capacity or tier-budget 409. */
export interface SwapCandidate {
  accountId: string;
  name: string;
  arr: number | null;
  icpFit: number | null;
}

export function useChangeTier() {
  const qc = useQueryClient();
  const store = useAccountCache();
  return useMutation({
    mutationFn: async ({
      id,
      tier,
      reason,
      reasonCode,
      budgetOverride,
    }: {
      id: string;
      tier: Tier;
      reason: string;
      reasonCode?: TierReasonCode | null;
      /** An admin's override of the tier budget; sent only after the budget refused the change. */
      budgetOverride?: Schemas['BudgetOverrideInput'] | null;
    }) =>
      must(
        await api.PUT('/api/v1/accounts/{id}/tier', {
          params: { path: { id } },
          body: { tier, reason, reasonCode: reasonCode ?? null, ...(budgetOverride ? { budgetOverride } : {}) },
        }),
      ),
    onSuccess: (account) => {
      store(account);
      return Promise.all([
        qc.invalidateQueries({ queryKey: accountKeys.tierHistory(account.id) }),
        qc.invalidateQueries({ queryKey: ['tier-budgets'] }),
        qc.invalidateQueries({ queryKey: ['tier-review'] }),
      ]);
    },
  });
}

/** What a promotion to KEY or STRATEGIC is decided on: fit, ARR, potential, threat score, budgets. */
export function usePromotionFacts(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...accountKeys.detail(id), 'promotion-facts'],
    enabled,
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/accounts/{id}/promotion-facts', { params: { path: { id } }, signal })),
  });
}

/** A tier swap: this account enters the tier, the other of the same owner leaves it, both or neither. */
export function useSwapTier() {
  const qc = useQueryClient();
  const store = useAccountCache();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: Schemas['TierSwapInput'] }) =>
      must(await api.POST('/api/v1/accounts/{id}/tier-swap', { params: { path: { id } }, body })),
    onSuccess: (swap) => {
      store(swap.promoted);
      store(swap.demoted);
      return Promise.all([
        qc.invalidateQueries({ queryKey: accountKeys.tierHistory(swap.promoted.id) }),
        qc.invalidateQueries({ queryKey: accountKeys.tierHistory(swap.demoted.id) }),
        qc.invalidateQueries({ queryKey: ['tier-budgets'] }),
        qc.invalidateQueries({ queryKey: ['tier-review'] }),
      ]);
    },
  });
}
