import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';
import { uploadFile } from '../../api/upload';

export type AccountRevenue = Schemas['AccountRevenueView'];
export type RevenueGroupBy = Schemas['RevenueGroupBy'];
export type ProductTrend = Schemas['RevenueProductTrend'];
export type Product = Schemas['ProductView'];
export type ProductInput = Schemas['ProductInput'];
export type ProductPatch = Partial<{ [K in keyof ProductInput]: ProductInput[K] | null }>;
export type RevenueImport = Schemas['RevenueImportView'];
export type RefusedRow = Schemas['RevenueImportRefusedRow'];

export const revenueKeys = {
  all: ['revenue'] as const,
  account: (accountId: string) => [...revenueKeys.all, 'account', accountId] as const,
  products: () => [...revenueKeys.all, 'products'] as const,
  import: (id: string) => [...revenueKeys.all, 'import', id] as const,
};

/** An account's revenue for the Revenue tab: the last 12 complete months unless a range is given. */
export function useAccountRevenue(accountId: string, groupBy: 'product' | 'family' | 'month', range?: { from: string; to: string }) {
  return useQuery({
    queryKey: [...revenueKeys.account(accountId), groupBy, range ?? null] as const,
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/accounts/{accountId}/revenue', {
          params: { path: { accountId }, query: { groupBy, ...(range ?? {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export interface ProductFilters {
  q: string;
  active: 'all' | 'active' | 'inactive';
}

export function useProducts(filters: ProductFilters, cursor: string | undefined, limit = 25) {
  return useQuery({
    queryKey: [...revenueKeys.products(), filters, cursor ?? null, limit] as const,
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/products', {
          params: {
            query: {
              limit,
              ...(cursor ? { cursor } : {}),
              ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
              ...(filters.active !== 'all' ? { active: filters.active === 'active' } : {}),
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCreateProduct() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: ProductInput) => must(await api.POST('/api/v1/products', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: revenueKeys.all }),
  });
}

export function useUpdateProduct() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, patch }: { id: string; version: number; patch: ProductPatch }) =>
      must(
        await api.PATCH('/api/v1/products/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: patch as ProductInput,
          headers: { 'Content-Type': 'application/merge-patch+json' },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: revenueKeys.all }),
  });
}

const WORKING: RevenueImport['status'][] = ['UPLOADING', 'VALIDATING', 'COMMITTING'];

/** An import, polled every second while its job works on it. */
export function useRevenueImport(id: string | undefined) {
  return useQuery({
    queryKey: revenueKeys.import(id ?? 'none'),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/revenue-imports/{id}', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
    refetchInterval: (query) => (query.state.data && WORKING.includes(query.state.data.status) ? 1000 : false),
  });
}

export function useRefusedRows(id: string | undefined, ready: boolean, cursor: string | undefined, limit = 25) {
  return useQuery({
    queryKey: [...revenueKeys.import(id ?? 'none'), 'refused', cursor ?? null, limit] as const,
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/revenue-imports/{id}/refused-rows', {
          params: { path: { id: id! }, query: { limit, ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ),
    enabled: !!id && ready,
    placeholderData: keepPreviousData,
  });
}

export function uploadImport(file: File, onProgress: (sent: number, total: number) => void) {
  return uploadFile<RevenueImport>(`/api/v1/revenue-imports?fileName=${encodeURIComponent(file.name)}`, file, 'text/csv', onProgress);
}

export function useImportAction(action: 'commit' | 'cancel') {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      action === 'commit'
        ? must(await api.POST('/api/v1/revenue-imports/{id}/commit', { params: { path: { id } } }))
        : must(await api.POST('/api/v1/revenue-imports/{id}/cancel', { params: { path: { id } } })),
    onSuccess: (data) => qc.setQueryData(revenueKeys.import(data.id), data),
  });
}
