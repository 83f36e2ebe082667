import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, must, type Schemas } from '../../api/client';
import { uploadFile } from '../../api/upload';

export type DataImport = Schemas['DataImport'];
export type ImportKind = Schemas['ImportKind'];
export type RefusedRow = Schemas['DataImportRefusedRow'];

export const importKeys = {
  all: ['imports'] as const,
  list: (kind: ImportKind, cursor: string | undefined, limit: number) => [...importKeys.all, 'list', kind, cursor ?? null, limit] as const,
  one: (id: string) => [...importKeys.all, 'one', id] as const,
};

const WORKING: DataImport['status'][] = ['VALIDATING', 'COMMITTING'];

/** Past imports show each one's status and counts: asked again whenever an import moves on. */
function refreshLists(qc: ReturnType<typeof useQueryClient>) {
  void qc.invalidateQueries({ queryKey: [...importKeys.all, 'list'] });
}

/** An import, polled every second while its job works on it. */
export function useDataImport(id: string | undefined) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: importKeys.one(id ?? 'none'),
    queryFn: async ({ signal }) => {
      const fresh = must(await api.GET('/api/v1/imports/{id}', { params: { path: { id: id! } }, signal }));
      const before = qc.getQueryData<DataImport>(importKeys.one(id!));
      if (before && before.status !== fresh.status) refreshLists(qc);
      return fresh;
    },
    enabled: !!id,
    refetchInterval: (query) => (query.state.data && WORKING.includes(query.state.data.status) ? 1000 : false),
  });
}

/** Past imports of one kind, newest first. */
export function useImports(kind: ImportKind, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: importKeys.list(kind, cursor, limit),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/imports', { params: { query: { kind, limit, ...(cursor ? { cursor } : {}) } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useRefusedRows(id: string, cursor: string | undefined, limit: number, enabled: boolean) {
  return useQuery({
    queryKey: [...importKeys.one(id), 'refused', cursor ?? null, limit] as const,
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/imports/{id}/refused-rows', {
          params: { path: { id }, query: { limit, ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Uploads a file; the past imports list it at once. */
export function useUploadDataImport(kind: ImportKind) {
  const qc = useQueryClient();
  return async (file: File, onProgress: (sent: number, total: number) => void) => {
    const created = await uploadFile<DataImport>(`/api/v1/imports?kind=${kind}&fileName=${encodeURIComponent(file.name)}`, file, 'text/csv', onProgress);
    qc.setQueryData(importKeys.one(created.id), created);
    refreshLists(qc);
    return created;
  };
}

/** Where an import's file downloads from, as it was uploaded (a plain link: the session cookie goes with it). */
export function importFileUrl(id: string): string {
  return `/api/v1/imports/${id}/file`;
}

export function useMapImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, columns }: { id: string; columns: Record<string, string> }) =>
      must(await api.POST('/api/v1/imports/{id}/mapping', { params: { path: { id } }, body: { columns } })),
    onSuccess: (data) => {
      qc.setQueryData(importKeys.one(data.id), data);
      void qc.invalidateQueries({ queryKey: [...importKeys.one(data.id), 'refused'] });
      refreshLists(qc);
    },
  });
}

export function useImportAction(action: 'commit' | 'cancel') {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      action === 'commit'
        ? must(await api.POST('/api/v1/imports/{id}/commit', { params: { path: { id } } }))
        : must(await api.POST('/api/v1/imports/{id}/cancel', { params: { path: { id } } })),
    onSuccess: (data) => {
      qc.setQueryData(importKeys.one(data.id), data);
      refreshLists(qc);
    },
  });
}
