import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, must, type Schemas } from '../../api/client';

export type Notification = Schemas['NotificationView'];
export type NotificationKind = Schemas['NotificationKind'];

/** How often the bell asks for the unread count (it also asks again when the window gets the focus). */
export const POLL_MS = 60_000;

export const notificationKeys = {
  all: ['notifications'] as const,
  count: () => [...notificationKeys.all, 'unread-count'] as const,
  latest: () => [...notificationKeys.all, 'latest'] as const,
};

export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.count(),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/notifications/unread-count', { signal })).unreadCount,
    // Always worth asking again when the person comes back to the tab: one small query.
    staleTime: 0,
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
  });
}

/** The newest notifications, read or not, for the bell's list. */
export function useLatestNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.latest(),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/notifications', { params: { query: { limit: 20 } }, signal })),
    enabled,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => must(await api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async () => must(await api.POST('/api/v1/notifications/read-all')),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
