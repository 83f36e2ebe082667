import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';

export type Settings = Schemas['Settings'];
export type SettingsUpdate = Schemas['SettingsUpdate'];

const settingsKey = ['settings', 'company'] as const;

export function useCompanySettings() {
  // Not retried: every page waits for it (the company currency), and money shown in dollars beats a long wait.
  return useQuery({ queryKey: settingsKey, queryFn: async ({ signal }) => must(await api.GET('/api/v1/settings', { signal })), retry: false });
}

export function useUpdateCompanySettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, body }: { version: number; body: SettingsUpdate }) =>
      must(await api.PUT('/api/v1/settings', { params: { header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: (saved) => qc.setQueryData(settingsKey, saved),
  });
}

export function useEmailSettings() {
  return useQuery({
    queryKey: ['settings', 'email'] as const,
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/settings/email', { signal })),
    staleTime: Infinity,
  });
}
