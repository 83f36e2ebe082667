import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';

export type Scorecard = Schemas['Scorecard'];
export type OwnerTargets = Schemas['OwnerTargetView'];
export type OwnerTargetInput = Schemas['OwnerTargetInput'];
export type CommissionPlan = Schemas['CommissionPlanView'];
export type CommissionPlanInput = Schemas['CommissionPlanInput'];
export type CommissionStatement = Schemas['CommissionStatement'];
export type StatementLine = Schemas['CommissionStatementLine'];
export type CommissionPeriod = Schemas['CommissionPeriodView'];

export function useScorecard(userId: string | null, year: number) {
  return useQuery({
    queryKey: ['scorecard', userId, year] as const,
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/users/{userId}/scorecard', { params: { path: { userId: userId! }, query: { year } }, signal })),
    enabled: !!userId,
    placeholderData: keepPreviousData,
  });
}

export function useOwnerTargets(userId: string | null, year: number) {
  return useQuery({
    queryKey: ['scorecard', 'targets', userId, year] as const,
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/users/{userId}/targets/{year}', { params: { path: { userId: userId!, year } }, signal })),
    enabled: !!userId,
  });
}

export function useSaveOwnerTargets() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, year, version, body }: { userId: string; year: number; version: number; body: OwnerTargetInput }) =>
      must(
        await api.PUT('/api/v1/users/{userId}/targets/{year}', {
          params: { path: { userId, year }, header: version > 0 ? { 'If-Match': ifMatch(version) } : {} },
          body,
        }),
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['scorecard'] }),
  });
}

export function useCommissionPlan(year: number) {
  return useQuery({
    queryKey: ['commission-plan', year] as const,
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/commission-plans/{year}', { params: { path: { year } }, signal })),
  });
}

export function useSaveCommissionPlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ year, version, body }: { year: number; version: number; body: CommissionPlanInput }) =>
      must(
        await api.PUT('/api/v1/commission-plans/{year}', {
          params: { path: { year }, header: version > 0 ? { 'If-Match': ifMatch(version) } : {} },
          body,
        }),
      ),
    onSuccess: (saved) => {
      qc.setQueryData(['commission-plan', saved.year], saved);
      void qc.invalidateQueries({ queryKey: ['statement'] });
    },
  });
}

export function useStatement(userId: string | null, period: string) {
  return useQuery({
    queryKey: ['statement', userId, period] as const,
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/users/{userId}/commission-statements/{period}', {
          params: { path: { userId: userId!, period } },
          signal,
        }),
      ),
    enabled: !!userId,
    placeholderData: keepPreviousData,
  });
}

export function useClosePeriod() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (period: string) => must(await api.POST('/api/v1/commission-periods/{period}/close', { params: { path: { period } } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['statement'] }),
  });
}
