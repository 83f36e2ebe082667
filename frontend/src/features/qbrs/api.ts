import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';
import { accountKeys } from '../accounts/api';
import { myDayKey, taskKeys } from '../tasks/api';
import { qbrListQuery, type QbrFilters } from './filters';

export type Qbr = Schemas['QbrView'];
export type QbrSummary = Schemas['QbrSummary'];
export type QbrStatus = Schemas['QbrStatus'];
export type NewQbr = Schemas['NewQbr'];
export type Invitation = Schemas['Invitation'];
export type ResponseInput = Schemas['ResponseInput'];
export type AnswerInput = Schemas['AnswerInput'];
export type FollowUpInput = Schemas['FollowUpInput'];
export type FollowUpStatus = Schemas['FollowUpStatus'];
export type SurveyQuestion = Schemas['SurveyQuestion'];
export type Template = Schemas['TemplateView'];
export type GradeTrendPoint = Schemas['GradeTrendPoint'];
export type GradeReport = Schemas['GradeReport'];

/** The template new QBRs use when none is named (seeded by the backend). */
export const DEFAULT_TEMPLATE_ID = '00000000-0000-4000-8000-000000000001';

export const qbrKeys = {
  all: ['qbrs'] as const,
  lists: () => [...qbrKeys.all, 'list'] as const,
  list: (filters: QbrFilters, cursor: string | undefined, limit: number) => [...qbrKeys.lists(), filters, cursor ?? null, limit] as const,
  accountRounds: (accountId: string, cursor: string | undefined, limit: number) => [...qbrKeys.lists(), 'account', accountId, cursor ?? null, limit] as const,
  latestAnswered: (accountId: string) => [...qbrKeys.lists(), 'latest-answered', accountId] as const,
  detail: (id: string) => [...qbrKeys.all, 'detail', id] as const,
  gradeTrend: (accountId: string) => [...qbrKeys.all, 'grade-trend', accountId] as const,
  templates: () => ['survey-templates'] as const,
  report: (q: object) => ['reports', 'grades', q] as const,
};

export function useQbrs(filters: QbrFilters, cursor: string | undefined, limit = 50) {
  return useQuery({
    queryKey: qbrKeys.list(filters, cursor, limit),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/qbrs', { params: { query: qbrListQuery(filters, cursor, limit) }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** The rounds of one account, newest first. */
export function useAccountRounds(accountId: string, cursor: string | undefined, limit = 10) {
  return useQuery({
    queryKey: qbrKeys.accountRounds(accountId, cursor, limit),
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/qbrs', {
          params: { query: { accountId: [accountId], sort: '-createdAt', limit, ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The account's most recently answered round (its summary), or null. */
export function useLatestAnswered(accountId: string) {
  return useQuery({
    queryKey: qbrKeys.latestAnswered(accountId),
    queryFn: async ({ signal }) => {
      const page = must(
        await api.GET('/api/v1/qbrs', {
          params: { query: { accountId: [accountId], status: ['ANSWERED'], sort: '-answeredAt', limit: 1 } },
          signal,
        }),
      );
      return page.items[0] ?? null;
    },
  });
}

export function useQbr(id: string | null | undefined) {
  return useQuery({
    queryKey: qbrKeys.detail(id ?? ''),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/qbrs/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: !!id,
  });
}

export function useGradeTrend(accountId: string) {
  return useQuery({
    queryKey: qbrKeys.gradeTrend(accountId),
    queryFn: async ({ signal }) => {
      // Oldest first; a chart needs them all, so follow the cursor (an account has a few rounds a year).
      const items: GradeTrendPoint[] = [];
      let cursor: string | undefined;
      for (let i = 0; i < 20; i++) {
        const page = must(
          await api.GET('/api/v1/accounts/{accountId}/grade-trend', {
            params: { path: { accountId }, query: { limit: 200, ...(cursor ? { cursor } : {}) } },
            signal,
          }),
        );
        items.push(...page.items);
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return items;
    },
  });
}

export function useTemplates() {
  return useQuery({
    queryKey: qbrKeys.templates(),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/survey-templates', { params: { query: { limit: 200 } }, signal })),
    staleTime: 5 * 60_000,
  });
}

export interface ReportQuery {
  from?: string;
  to?: string;
  tier?: Schemas['Tier'][];
  ownerId?: string[];
}

export function useGradeReport(q: ReportQuery) {
  return useQuery({
    queryKey: qbrKeys.report(q),
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/reports/grades', {
          params: {
            query: {
              ...(q.from ? { from: q.from } : {}),
              ...(q.to ? { to: q.to } : {}),
              ...(q.tier?.length ? { tier: q.tier } : {}),
              ...(q.ownerId?.length ? { ownerId: q.ownerId } : {}),
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** After any change to a round: the round, every list, the account (cadence, last grade), trend and reports. */
function useQbrChanged() {
  const qc = useQueryClient();
  return (accountId: string, qbr?: Qbr) => {
    if (qbr) qc.setQueryData(qbrKeys.detail(qbr.id), qbr);
    return Promise.all([
      qc.invalidateQueries({ queryKey: qbrKeys.lists() }),
      qc.invalidateQueries({ queryKey: qbrKeys.gradeTrend(accountId) }),
      qc.invalidateQueries({ queryKey: accountKeys.detail(accountId) }),
      qc.invalidateQueries({ queryKey: accountKeys.lists() }),
      qc.invalidateQueries({ queryKey: ['reports'] }),
    ]);
  };
}

export function useScheduleQbr(accountId: string) {
  const changed = useQbrChanged();
  return useMutation({
    mutationFn: async (body: NewQbr) => must(await api.POST('/api/v1/accounts/{accountId}/qbrs', { params: { path: { accountId } }, body })),
    onSuccess: (qbr) => changed(accountId, qbr),
  });
}

export function useSendInvitation(accountId: string) {
  const qc = useQueryClient();
  const changed = useQbrChanged();
  return useMutation({
    mutationFn: async (id: string) => must(await api.POST('/api/v1/qbrs/{id}/invitation', { params: { path: { id } } })),
    onSuccess: (_inv, id) => {
      void qc.invalidateQueries({ queryKey: qbrKeys.detail(id) });
      return changed(accountId);
    },
  });
}

export function useCancelQbr(accountId: string) {
  const qc = useQueryClient();
  const changed = useQbrChanged();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version?: number }) => {
      await api.DELETE('/api/v1/qbrs/{id}', {
        params: { path: { id }, ...(version !== undefined ? { header: { 'If-Match': ifMatch(version) } } : {}) },
      });
      return id;
    },
    onSuccess: (id) => {
      void qc.invalidateQueries({ queryKey: qbrKeys.detail(id) });
      return changed(accountId);
    },
  });
}

export function useRecordResponses(accountId: string) {
  const changed = useQbrChanged();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: ResponseInput }) =>
      must(await api.POST('/api/v1/qbrs/{id}/responses', { params: { path: { id } }, body })),
    onSuccess: (qbr) => changed(accountId, qbr),
  });
}

export function useSetFollowUp(accountId: string) {
  const changed = useQbrChanged();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: FollowUpInput }) =>
      must(await api.PUT('/api/v1/qbrs/{id}/follow-up', { params: { path: { id } }, body })),
    onSuccess: (qbr) => {
      changed(accountId, qbr);
      // The follow-up's actions became (or changed) tasks.
      void qc.invalidateQueries({ queryKey: taskKeys.all });
      void qc.invalidateQueries({ queryKey: myDayKey });
    },
  });
}

export type QbrEmailView = Schemas['QbrEmailView'];

/** Whether this server sends survey e-mails (STRATUM_SMTP_HOST); it does not change while the app runs. */
export function useEmailSettings() {
  return useQuery({
    queryKey: ['settings', 'email'] as const,
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/settings/email', { signal })),
    staleTime: Infinity,
  });
}

/** A QBR's survey e-mails (at most a few per respondent) and how their sending went. */
export function useQbrEmails(qbrId: string, enabled = true) {
  return useQuery({
    queryKey: [...qbrKeys.detail(qbrId), 'emails'] as const,
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/qbrs/{id}/emails', { params: { path: { id: qbrId }, query: { limit: 200 } }, signal })),
    enabled,
  });
}
