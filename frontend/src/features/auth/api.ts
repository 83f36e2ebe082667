import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, must, setSessionHooks, type Schemas } from '../../api/client';
import { isApiError } from '../../api/problem';

export type Me = Schemas['Me'];
export type Scope = Schemas['Scope'];
export type SignIn = Schemas['SignIn'];

/** The signed-in person, or null when nobody is signed in (the session never opened, ended or idled out). */
export const meKey = ['me'] as const;

export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return must(await api.GET('/api/v1/me', signal ? { signal } : {}));
  } catch (e) {
    if (isApiError(e, 401)) return null;
    throw e;
  }
}

/** Who is signed in: `data` is the Me, null when signed out, undefined while the first answer is on its way. */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 60_000,
    // Coming back to the tab re-checks the session, so an idled-out one is noticed before the next click.
    refetchOnWindowFocus: true,
  });
}

/**
 * Connects the shared API client to this query client: changes carry the current Me's CSRF token, and a
 * 401 anywhere marks the session as gone (the route guard then sends the person to the sign-in page).
 */
export function connectSession(qc: QueryClient): () => void {
  return setSessionHooks({
    csrfToken: () => qc.getQueryData<Me | null>(meKey)?.csrfToken,
    onUnauthorized: () => {
      if (qc.getQueryData<Me | null>(meKey) !== null) qc.setQueryData<Me | null>(meKey, null);
    },
    onCsrfRejected: () => void qc.invalidateQueries({ queryKey: meKey }),
  });
}

export function useSignIn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: SignIn) => must(await api.POST('/api/v1/auth/login', { body })),
    onSuccess: (me) => {
      // Nothing read under another session (or none) is kept: what a person sees depends on their role.
      dropSessionData(qc);
      qc.removeQueries({ queryKey: signedOutKey, exact: true });
      qc.setQueryData<Me | null>(meKey, me);
    },
  });
}

/** Ends the session on the server; forgetSession then drops what this browser holds of it. */
export function useSignOut() {
  return useMutation({
    mutationFn: async () => {
      try {
        await api.POST('/api/v1/auth/logout');
      } catch (e) {
        // Already gone (401) is as good as signed out.
        if (!isApiError(e, 401)) throw e;
      }
    },
  });
}

/** Set when the person signed out here (rather than the session running out), for the route guard. */
export const signedOutKey = ['me', 'signed-out'] as const;

/**
 * After signing out: nobody is signed in any more. The route guard sees it and goes to the sign-in page,
 * which drops everything read under the session (see dropSessionData).
 */
export function forgetSession(qc: QueryClient) {
  qc.setQueryData(signedOutKey, true);
  qc.setQueryData<Me | null>(meKey, null);
}

/** Drops everything read under the previous session (the signed-in state itself excepted). */
export function dropSessionData(qc: QueryClient) {
  qc.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
}
