import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';

export type Contract = Schemas['ContractView'];
export type ContractInput = Schemas['ContractInput'];
/** A JSON merge patch: only the properties to change. */
export type ContractPatch = Partial<ContractInput>;
export type Renewal = Schemas['RenewalView'];
export type Tier = Schemas['Tier'];

export const contractKeys = {
  all: ['contracts'] as const,
  ofAccount: (accountId: string) => [...contractKeys.all, 'account', accountId] as const,
  renewals: () => [...contractKeys.all, 'renewals'] as const,
};

/** One page of an account's contracts, latest end first. */
export function useAccountContracts(accountId: string, cursor: string | undefined, limit = 20) {
  return useQuery({
    queryKey: [...contractKeys.ofAccount(accountId), cursor ?? null, limit] as const,
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/accounts/{accountId}/contracts', { params: { path: { accountId }, query: { limit, ...(cursor ? { cursor } : {}) } }, signal }),
      ),
    placeholderData: keepPreviousData,
  });
}

export interface RenewalFilters {
  within: number;
  ownerId: string[];
  tier: Tier[];
}

/** One page of upcoming contract ends, soonest first. */
export function useRenewals(filters: RenewalFilters, cursor: string | undefined, limit = 50) {
  return useQuery({
    queryKey: [...contractKeys.renewals(), filters, cursor ?? null, limit] as const,
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/renewals', {
          params: {
            query: {
              within: filters.within,
              limit,
              ...(cursor ? { cursor } : {}),
              ...(filters.ownerId.length ? { ownerId: filters.ownerId } : {}),
              ...(filters.tier.length ? { tier: filters.tier } : {}),
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** After a contract changes: its lists, and the opportunities a renewal may have opened. */
function invalidate(qc: ReturnType<typeof useQueryClient>) {
  void qc.invalidateQueries({ queryKey: contractKeys.all });
  void qc.invalidateQueries({ queryKey: ['opportunities'] });
}

export function useCreateContract(accountId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: ContractInput) => must(await api.POST('/api/v1/accounts/{accountId}/contracts', { params: { path: { accountId } }, body })),
    onSuccess: () => invalidate(qc),
  });
}

export function useUpdateContract() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, patch }: { id: string; version: number; patch: ContractPatch }) =>
      must(
        await api.PATCH('/api/v1/contracts/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: patch as ContractInput,
          headers: { 'Content-Type': 'application/merge-patch+json' },
        }),
      ),
    onSuccess: () => invalidate(qc),
  });
}

export function useDeleteContract() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) => {
      // A refusal throws (the client's middleware turns every problem into an ApiError).
      await api.DELETE('/api/v1/contracts/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } });
    },
    onSuccess: () => invalidate(qc),
  });
}
