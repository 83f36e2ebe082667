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
