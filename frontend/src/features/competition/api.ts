import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';

export type Competitor = Schemas['CompetitorView'];
export type CompetitorInput = Schemas['CompetitorInput'];
export type Whitespace = Schemas['WhitespaceView'];
export type WhitespaceCell = Schemas['WhitespaceCell'];
export type WhitespaceCellInput = Schemas['WhitespaceCellInput'];
export type WhitespaceStatus = Schemas['WhitespaceStatus'];
export type AccountThreats = Schemas['AccountThreats'];
export type ThreatPath = Schemas['ThreatPath'];
export type OfferingGap = Schemas['OfferingGapView'];
export type ThreatExposure = Schemas['ThreatExposure'];

export const competitionKeys = {
  all: ['competition'] as const,
  competitors: () => [...competitionKeys.all, 'competitors'] as const,
  whitespace: (accountId: string) => [...competitionKeys.all, 'whitespace', accountId] as const,
  threats: (accountId: string) => [...competitionKeys.all, 'threats', accountId] as const,
  gaps: (accountId?: string) => [...competitionKeys.all, 'gaps', accountId ?? null] as const,
  exposure: () => [...competitionKeys.all, 'exposure'] as const,
};

/** Every competitor, by name (the list is short: one page of 200). */
export function useCompetitors() {
  return useQuery({
    queryKey: competitionKeys.competitors(),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/competitors', { params: { query: { limit: 200 } }, signal })),
  });
}

export function useCreateCompetitor() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: CompetitorInput) => must(await api.POST('/api/v1/competitors', { body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: competitionKeys.all }),
  });
}

export function useUpdateCompetitor() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, patch }: { id: string; version: number; patch: Partial<CompetitorInput> }) =>
      must(await api.PATCH('/api/v1/competitors/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body: patch as CompetitorInput })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: competitionKeys.all }),
  });
}

export function useDeleteCompetitor() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) => {
      const result = await api.DELETE('/api/v1/competitors/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } });
      if (result.error !== undefined || !result.response.ok) must(result);
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: competitionKeys.all }),
  });
}

export function useWhitespace(accountId: string) {
  return useQuery({
    queryKey: competitionKeys.whitespace(accountId),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/accounts/{accountId}/whitespace', { params: { path: { accountId } }, signal })),
  });
}

/** Saves the whole grid over the version it was read at (If-Match; 412 when someone saved since); the threat paths follow from it. */
export function usePutWhitespace(accountId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ cells, version }: { cells: WhitespaceCellInput[]; version: number }) =>
      must(
        await api.PUT('/api/v1/accounts/{accountId}/whitespace', {
          params: { path: { accountId }, header: { 'If-Match': ifMatch(version) } },
          body: { cells },
        }),
      ),
    onSuccess: (grid) => {
      qc.setQueryData(competitionKeys.whitespace(accountId), grid);
      void qc.invalidateQueries({ queryKey: competitionKeys.threats(accountId) });
      void qc.invalidateQueries({ queryKey: competitionKeys.exposure() });
    },
  });
}

export function useThreats(accountId: string) {
  return useQuery({
    queryKey: competitionKeys.threats(accountId),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/accounts/{accountId}/threats', { params: { path: { accountId } }, signal })),
  });
}

export function useCreateThreatTask(accountId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (key: string) => must(await api.POST('/api/v1/accounts/{accountId}/threats/tasks', { params: { path: { accountId } }, body: { key } })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['tasks'] });
      // The path now names its task (taskId), so a reload shows it instead of offering another.
      void qc.invalidateQueries({ queryKey: competitionKeys.threats(accountId) });
    },
  });
}

/** Offering gaps ranked by the ARR at stake; of one account when given. */
export function useOfferingGaps(accountId?: string) {
  return useQuery({
    queryKey: competitionKeys.gaps(accountId),
    queryFn: async ({ signal }) =>
      must(await api.GET('/api/v1/offering-gaps', { params: { query: { limit: 100, ...(accountId ? { accountId: [accountId] } : {}) } }, signal })),
  });
}

export function useThreatExposure() {
  return useQuery({
    queryKey: competitionKeys.exposure(),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/reports/threat-exposure', { signal })),
  });
}

/** Recomputes the exposure snapshot now (managers); the answer replaces the cached report. */
export function useRefreshThreatExposure() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async () => must(await api.POST('/api/v1/reports/threat-exposure/refresh', {})),
    onSuccess: (report) => qc.setQueryData(competitionKeys.exposure(), report),
  });
}

/** The cells as the API takes them back: derived OURS cells stay OURS, NONE cells are left out. */
export function toInput(cells: readonly WhitespaceCell[]): WhitespaceCellInput[] {
  return cells
    .filter((c) => c.status !== 'NONE' && !c.derived)
    .map((c) => ({
      businessUnitId: c.businessUnitId,
      productFamily: c.productFamily,
      status: c.status,
      ...(c.status === 'COMPETITOR' ? { competitorId: c.competitorId, estimatedAnnualValue: c.estimatedAnnualValue, contractEnd: c.contractEnd } : {}),
    }));
}

export type OfferingGapInput = Schemas['OfferingGapInput'];

export function useCreateOfferingGap() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: OfferingGapInput) => must(await api.POST('/api/v1/offering-gaps', { body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: competitionKeys.all }),
  });
}

export function useUpdateOfferingGap() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, patch }: { id: string; version: number; patch: Partial<OfferingGapInput> }) =>
      must(
        await api.PATCH('/api/v1/offering-gaps/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: patch as OfferingGapInput,
          headers: { 'Content-Type': 'application/merge-patch+json' },
        }),
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: competitionKeys.all }),
  });
}

/**
 * Says whether one account uses a gap (PUT or DELETE of the gap's account): the other accounts stay as they are,
 * whatever the gap's version. Answers the gap after a PUT, nothing after a DELETE.
 */
export function useSetOfferingGapAccount() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, accountId, uses }: { id: string; accountId: string; uses: boolean }): Promise<OfferingGap | undefined> => {
      const path = { path: { id, accountId } };
      if (uses) return must(await api.PUT('/api/v1/offering-gaps/{id}/accounts/{accountId}', { params: path }));
      const result = await api.DELETE('/api/v1/offering-gaps/{id}/accounts/{accountId}', { params: path });
      if (result.error !== undefined || !result.response.ok) must(result);
      return undefined;
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: competitionKeys.all }),
  });
}
