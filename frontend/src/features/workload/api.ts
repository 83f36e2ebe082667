import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, must, type Schemas } from '../../api/client';

export type OwnerWorkload = Schemas['OwnerWorkload'];
export type TierWorkload = Schemas['TierWorkload'];

export const workloadKeys = {
  all: ['workload'] as const,
  page: (filters: WorkloadFilters, cursor: string | undefined, limit: number) => [...workloadKeys.all, filters, cursor ?? null, limit] as const,
};

/** The workload page's filters: some owners, and/or one manager's team (who reports to them, and the manager). */
export interface WorkloadFilters {
  ownerId: string[];
  managerId: string | null;
}

export function workloadQuery(f: WorkloadFilters, cursor: string | undefined, limit: number) {
  return {
    ...(f.ownerId.length ? { ownerId: [...f.ownerId] } : {}),
    ...(f.managerId ? { managerId: [f.managerId] } : {}),
    ...(cursor ? { cursor } : {}),
    limit,
  };
}

export function useWorkload(filters: WorkloadFilters, cursor: string | undefined, limit = 50) {
  return useQuery({
    queryKey: workloadKeys.page(filters, cursor, limit),
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/workload', {
          params: { query: workloadQuery(filters, cursor, limit) },
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
