import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';

export type TierPolicy = Schemas['TierPolicyView'];
export type TierPolicyUpdate = Schemas['TierPolicyUpdate'];
export type OwnerCapacity = Schemas['OwnerCapacity'];
export type Tier = Schemas['Tier'];

export const tierKeys = {
  policies: ['tier-policies'] as const,
  capacity: (ownerId: readonly string[], cursor: string | undefined, limit: number) => ['tier-capacity', ownerId, cursor ?? null, limit] as const,
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
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: tierKeys.policies }), qc.invalidateQueries({ queryKey: ['tier-capacity'] })]),
  });
}

export function useTierCapacity(ownerId: string[], cursor: string | undefined, limit = 50) {
  return useQuery({
    queryKey: tierKeys.capacity(ownerId, cursor, limit),
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/tier-capacity', {
          params: { query: { ...(ownerId.length ? { ownerId } : {}), ...(cursor ? { cursor } : {}), limit } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
