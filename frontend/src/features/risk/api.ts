import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
