import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';

export type RevenueAlert = Schemas['RevenueAlert'];
export type AlertStatus = Schemas['RevenueAlertStatus'];
export type AlertRule = Schemas['RevenueAlertRule'];
export type AlertCause = Schemas['RevenueAlertCause'];
export type AlertPatch = Schemas['RevenueAlertPatch'];
export type RevenueAtRisk = Schemas['RevenueAtRiskReport'];
export type AlertSettings = Schemas['RevenueAlertSettings'];
export type AlertSettingsInput = Schemas['RevenueAlertSettingsInput'];
export type Tier = Schemas['Tier'];

export interface AlertQuery {
  status: AlertStatus[];
  rule: AlertRule[];
  tier: Tier[];
  ownerId: string[];
  accountId: string[];
}

export const alertKeys = {
  all: ['revenue-alerts'] as const,
  list: (q: AlertQuery, cursor: string | undefined, limit: number) => [...alertKeys.all, 'list', q, cursor ?? null, limit] as const,
  atRisk: (ownerId: string[], tier: Tier[]) => [...alertKeys.all, 'at-risk', ownerId, tier] as const,
  settings: ['revenue-alert-settings'] as const,
};

/** GET /revenue-alerts query parameters: only the filters that are set. */
export function alertListQuery(q: AlertQuery, cursor: string | undefined, limit: number) {
  return {
    limit,
    ...(cursor ? { cursor } : {}),
    ...(q.status.length ? { status: q.status } : {}),
    ...(q.rule.length ? { rule: q.rule } : {}),
    ...(q.tier.length ? { tier: q.tier } : {}),
    ...(q.ownerId.length ? { ownerId: q.ownerId } : {}),
    ...(q.accountId.length ? { accountId: q.accountId } : {}),
  };
}

/** One page of revenue alerts, newest first. */
export function useAlerts(q: AlertQuery, cursor: string | undefined, limit = 25) {
  return useQuery({
    queryKey: alertKeys.list(q, cursor, limit),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/revenue-alerts', { params: { query: alertListQuery(q, cursor, limit) }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useUpdateAlert() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, patch }: { id: string; version: number; patch: AlertPatch }) =>
      must(
        await api.PATCH('/api/v1/revenue-alerts/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: patch,
          headers: { 'Content-Type': 'application/merge-patch+json' },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: alertKeys.all }),
  });
}

export function useRevenueAtRisk(ownerId: string[], tier: Tier[]) {
  return useQuery({
    queryKey: alertKeys.atRisk(ownerId, tier),
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/reports/revenue-at-risk', {
          params: { query: { ...(ownerId.length ? { ownerId } : {}), ...(tier.length ? { tier } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAlertSettings() {
  return useQuery({
    queryKey: alertKeys.settings,
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/settings/revenue-alerts', { signal })),
  });
}

export function useReplaceAlertSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, body }: { version: number; body: AlertSettingsInput }) =>
      must(await api.PUT('/api/v1/settings/revenue-alerts', { params: { header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: alertKeys.settings }),
  });
}
