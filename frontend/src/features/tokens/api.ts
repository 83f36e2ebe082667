import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, must, type Schemas } from '../../api/client';

export type ApiToken = Schemas['ApiTokenView'];
export type NewApiToken = Schemas['ApiTokenInput'];
export type CreatedApiToken = Schemas['CreatedApiToken'];

export const tokenKeys = {
  all: ['api-tokens'] as const,
  lists: () => [...tokenKeys.all, 'list'] as const,
  list: (userId: string | null, sort: string, cursor: string | undefined, limit: number) =>
    [...tokenKeys.lists(), userId, sort, cursor ?? null, limit] as const,
};

/** Your own tokens; an admin's list holds everyone's (or one user's, with userId). Newest first unless sorted otherwise. */
export function useApiTokens(userId: string | null, cursor: string | undefined, limit = 50, sort = '-createdAt') {
  return useQuery({
    queryKey: tokenKeys.list(userId, sort, cursor, limit),
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/api-tokens', {
          params: { query: { ...(userId ? { userId } : {}), sort, ...(cursor ? { cursor } : {}), limit } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/**
 * Creates a token. The answer carries the secret once: the caller shows it and forgets it, and the
 * mutation is reset so the secret does not linger in the mutation cache either.
 */
export function useCreateApiToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewApiToken) => must(await api.POST('/api/v1/api-tokens', { body })),
    // Once reset, the finished mutation (holding the secret) leaves the mutation cache at once.
    gcTime: 0,
    onSuccess: () => qc.invalidateQueries({ queryKey: tokenKeys.lists() }),
  });
}

export function useRevokeApiToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await api.DELETE('/api/v1/api-tokens/{id}', { params: { path: { id } } });
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: tokenKeys.lists() }),
  });
}
