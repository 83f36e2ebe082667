import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';

export type User = Schemas['UserView'];
export type NewUser = Schemas['NewUser'];
export type PasswordChange = Schemas['PasswordChange'];
/** A JSON merge patch: only the properties to change; null clears an optional one. */
export type UserPatch = Schemas['UserPatch'];
export type Role = Schemas['Role'];
export type Level = Schemas['Level'];

export interface UserFilters {
  q?: string;
  /** Any of these roles. */
  role?: Role[];
  active?: boolean;
  sort?: string;
}

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (filters: UserFilters, cursor: string | undefined, limit: number) => [...userKeys.lists(), filters, cursor ?? null, limit] as const,
  detail: (id: string) => [...userKeys.all, 'detail', id] as const,
};

export function useUsers(filters: UserFilters, cursor?: string, limit = 50, enabled = true) {
  return useQuery({
    queryKey: userKeys.list(filters, cursor, limit),
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/users', {
          params: {
            query: {
              ...(filters.q ? { q: filters.q } : {}),
              ...(filters.role?.length ? { role: filters.role } : {}),
              ...(filters.active !== undefined ? { active: filters.active } : {}),
              ...(filters.sort ? { sort: filters.sort } : {}),
              ...(cursor ? { cursor } : {}),
              limit,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export async function fetchUser(id: string, signal?: AbortSignal) {
  return must(await api.GET('/api/v1/users/{id}', { params: { path: { id } }, ...(signal ? { signal } : {}) }));
}

export function useUser(id: string | null | undefined) {
  return useQuery({
    queryKey: userKeys.detail(id ?? ''),
    queryFn: ({ signal }) => fetchUser(id ?? '', signal),
    enabled: !!id,
  });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewUser) => must(await api.POST('/api/v1/users', { body })),
    onSuccess: (user) => {
      qc.setQueryData(userKeys.detail(user.id), user);
      return qc.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, patch }: { id: string; version: number; patch: UserPatch }) =>
      must(
        await api.PATCH('/api/v1/users/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: patch,
          headers: { 'Content-Type': 'application/merge-patch+json' },
        }),
      ),
    onSuccess: (user) => {
      qc.setQueryData(userKeys.detail(user.id), user);
      void qc.invalidateQueries({ queryKey: userKeys.lists() });
      // The signed-in person's own name or email may have changed.
      void qc.invalidateQueries({ queryKey: ['me'] });
      // Owner names appear on accounts and in the workload view.
      void qc.invalidateQueries({ queryKey: ['accounts'] });
      void qc.invalidateQueries({ queryKey: ['tier-capacity'] });
    },
  });
}

/**
 * Sets a password: your own with the current one, or (admins) anyone's without it. The server ends the
 * user's other sessions.
 */
export function useSetPassword() {
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: PasswordChange }) => {
      await api.PUT('/api/v1/users/{id}/password', { params: { path: { id } }, body });
    },
  });
}
