import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, must, type Schemas } from '../../api/client';

export type OwnerWorkload = Schemas['OwnerWorkload'];
export type TierWorkload = Schemas['TierWorkload'];

export const workloadKeys = {
  all: ['workload'] as const,
  page: (ownerIds: readonly string[], cursor: string | undefined, limit: number) => [...workloadKeys.all, ownerIds, cursor ?? null, limit] as const,
};

export function useWorkload(ownerIds: readonly string[], cursor: string | undefined, limit = 50) {
  return useQuery({
    queryKey: workloadKeys.page(ownerIds, cursor, limit),
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/workload', {
          params: { query: { ...(ownerIds.length ? { ownerId: [...ownerIds] } : {}), ...(cursor ? { cursor } : {}), limit } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** "2 / 3", or "5 / no limit" for a tier without one. */
export function capacityLabel(used: number, limit: number | null | undefined): string {
  return limit === null || limit === undefined ? `${used} / no limit` : `${used} / ${limit}`;
}

/** Strategic first: the scarcest tier is what a manager looks at first. */
export function tiersScarcestFirst(owner: OwnerWorkload): TierWorkload[] {
  return [...owner.tiers].reverse();
}
