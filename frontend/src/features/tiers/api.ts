import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';

export type TierPolicy = Schemas['TierPolicyView'];
export type TierPolicyUpdate = Schemas['TierPolicyUpdate'];
export type Tier = Schemas['Tier'];

export const tierKeys = {
  policies: ['tier-policies'] as const,
};

export function useTierPolicies() {
  return useQuery({
    queryKey: tierKeys.policies,
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/tier-policies', { signal })),
  });
}

export function useUpdateTierPolicy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ tier, version, body }: { tier: Tier; version: number; body: TierPolicyUpdate }) =>
      must(await api.PUT('/api/v1/tier-policies/{tier}', { params: { path: { tier }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: tierKeys.policies }), qc.invalidateQueries({ queryKey: ['workload'] })]),
  });
}

export type IcpProfile = Schemas['IcpProfileView'];
export type IcpProfileInput = Schemas['IcpProfileInput'];
export type TierBudget = Schemas['TierBudgetView'];
export type TierReviewPage = Schemas['TierReviewPage'];
export type TierDecision = Schemas['TierDecision'];

export function useIcpProfile() {
  return useQuery({
    queryKey: ['icp-profile'],
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/icp-profile', { signal })),
  });
}

export function useUpdateIcpProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, body }: { version: number; body: IcpProfileInput }) =>
      must(await api.PUT('/api/v1/icp-profile', { params: { header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: () => invalidateIcp(qc),
  });
}

export type IcpProfileDetail = Schemas['IcpProfileDetail'];
export type IcpProfileWrite = Schemas['IcpProfileWrite'];

/** Every profile write recomputes every account's fit: the fits, the review and the default profile are stale. */
function invalidateIcp(qc: ReturnType<typeof useQueryClient>) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: ['icp-profiles'] }),
    qc.invalidateQueries({ queryKey: ['icp-profile'] }),
    qc.invalidateQueries({ queryKey: ['tier-review'] }),
    qc.invalidateQueries({ queryKey: ['accounts'] }),
  ]);
}

export function useIcpProfiles() {
  return useQuery({
    queryKey: ['icp-profiles'],
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/icp-profiles', { signal })),
  });
}

export function useCreateIcpProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: IcpProfileWrite) => must(await api.POST('/api/v1/icp-profiles', { body })),
    onSuccess: () => invalidateIcp(qc),
  });
}

export function useUpdateIcpProfileById() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: { id: string; version: number; body: IcpProfileWrite }) =>
      must(await api.PUT('/api/v1/icp-profiles/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: () => invalidateIcp(qc),
  });
}

export function useDeleteIcpProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) => {
      const result = await api.DELETE('/api/v1/icp-profiles/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } });
      if (result.error !== undefined || !result.response.ok) must(result);
    },
    onSuccess: () => invalidateIcp(qc),
  });
}

export function useTierBudgets() {
  return useQuery({
    queryKey: ['tier-budgets'],
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/tier-budgets', { signal })),
  });
}

export function useUpdateTierBudget() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ tier, version, body }: { tier: 'KEY' | 'STRATEGIC'; version: number; body: Schemas['TierBudgetInput'] }) =>
      must(await api.PUT('/api/v1/tier-budgets/{tier}', { params: { path: { tier }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['tier-budgets'] }),
  });
}

export function useTierReview(cursor: string | null) {
  return useQuery({
    queryKey: ['tier-review', cursor],
    queryFn: async ({ signal }) =>
      must(await api.GET('/api/v1/tier-reviews/current', { params: { query: { limit: 50, ...(cursor ? { cursor } : {}) } }, signal })),
  });
}

export function useDecideTierReview() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (decisions: TierDecision[]) => must(await api.POST('/api/v1/tier-reviews/current/decisions', { body: { decisions } })),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['tier-review'] }),
        qc.invalidateQueries({ queryKey: ['tier-budgets'] }),
        qc.invalidateQueries({ queryKey: ['accounts'] }),
      ]),
  });
}
