import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, parseProblem } from '../../api/problem';
import { api, must, type Schemas } from '../../api/client';

export type RiskFlag = Schemas['RiskFlag'];
export type AccountRiskFlag = Schemas['AccountRiskFlag'];
export type RiskReport = Schemas['RiskReport'];
export type SnoozeInput = Schemas['RiskFlagSnoozeInput'];
export type Tier = Schemas['Tier'];

export interface RiskReportFilters {
  ownerId: string[];
  tier: Tier[];
}

export const riskKeys = {
  all: ['risk'] as const,
  report: (f: RiskReportFilters) => [...riskKeys.all, 'report', f] as const,
};

export function useRiskReport(filters: RiskReportFilters) {
  return useQuery({
    queryKey: riskKeys.report(filters),
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/reports/risk', {
          params: { query: { ...(filters.ownerId.length ? { ownerId: filters.ownerId } : {}), ...(filters.tier.length ? { tier: filters.tier } : {}) } },
          signal,
        }),
      ),
  });
}

/** Snoozes one flag; the account's views and lists (and the report) are read again. */
export function useSnoozeFlag(accountId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ flag, input }: { flag: RiskFlag; input: SnoozeInput }) =>
      must(await api.PUT('/api/v1/accounts/{id}/risk-flags/{flag}/snooze', { params: { path: { id: accountId, flag } }, body: input })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['accounts'] });
      void qc.invalidateQueries({ queryKey: riskKeys.all });
    },
  });
}

export function useUnsnoozeFlag(accountId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (flag: RiskFlag) => {
      await api.DELETE('/api/v1/accounts/{id}/risk-flags/{flag}/snooze', { params: { path: { id: accountId, flag } } });
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['accounts'] });
      void qc.invalidateQueries({ queryKey: riskKeys.all });
    },
  });
}

export type RiskSnooze = Schemas['RiskSnoozeView'];

/** The snoozed flags still holding (managers only), of the owners given, one page by end date. */
export function useRiskSnoozes(ownerId: string[], cursor: string | undefined, enabled: boolean, limit = 20) {
  return useQuery({
    queryKey: [...riskKeys.all, 'snoozes', ownerId, cursor ?? null, limit] as const,
    enabled,
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/risk-snoozes', {
          params: { query: { active: true, limit, ...(ownerId.length ? { ownerId } : {}), ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ),
  });
}

/** Ends a snooze from the managers' list; a failure is thrown as the API's problem. */
export function useEndSnooze() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ accountId, flag }: { accountId: string; flag: RiskFlag }) => {
      const { response, error } = await api.DELETE('/api/v1/accounts/{id}/risk-flags/{flag}/snooze', {
        params: { path: { id: accountId, flag } },
      });
      if (!response.ok) throw new ApiError(parseProblem(response.status, error, 'The snooze was not ended.'), response.headers);
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['accounts'] });
      void qc.invalidateQueries({ queryKey: riskKeys.all });
    },
  });
}
