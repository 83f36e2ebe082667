import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';

export type Plan = Schemas['PlanView'];
export type PlanSummary = Schemas['PlanSummary'];
export type PlanInput = Schemas['PlanInput'];
export type Objective = Schemas['ObjectiveView'];
export type ObjectiveInput = Schemas['ObjectiveInput'];
export type Milestone = Schemas['MilestoneView'];
export type MeasurementInput = Schemas['MeasurementInput'];
export type ObjectiveStatus = Schemas['ObjectiveStatus'];
export type PlanStatus = Schemas['PlanStatus'];

const MERGE_PATCH = { 'Content-Type': 'application/merge-patch+json' };

export const planKeys = {
  all: ['plans'] as const,
  ofAccount: (accountId: string) => [...planKeys.all, 'account', accountId] as const,
  one: (id: string) => [...planKeys.all, 'one', id] as const,
};

/** An account's plans, latest period first (an account has a handful: one page of 50 holds them). */
export function useAccountPlans(accountId: string) {
  return useQuery({
    queryKey: planKeys.ofAccount(accountId),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/accounts/{accountId}/plans', { params: { path: { accountId }, query: { limit: 50 } }, signal })),
  });
}

export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: planKeys.one(id ?? ''),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/plans/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: !!id,
  });
}

/** After any plan write: the plans, and the accounts whose planMissing/planStale it may move. */
function useInvalidate() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: planKeys.all });
    void qc.invalidateQueries({ queryKey: ['accounts'] });
  };
}

export function useCreatePlan(accountId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: PlanInput) => must(await api.POST('/api/v1/accounts/{accountId}/plans', { params: { path: { accountId } }, body })),
    onSuccess: invalidate,
  });
}

export function useUpdatePlan() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, version, patch }: { id: string; version: number; patch: Partial<PlanInput> }) =>
      must(
        await api.PATCH('/api/v1/plans/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: patch as PlanInput,
          headers: MERGE_PATCH,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useReviewPlan() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, note }: { id: string; note: string }) =>
      must(await api.POST('/api/v1/plans/{id}/review', { params: { path: { id } }, body: { note } })),
    onSuccess: invalidate,
  });
}

export function useAddObjective(planId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: ObjectiveInput) => must(await api.POST('/api/v1/plans/{id}/objectives', { params: { path: { id: planId } }, body })),
    onSuccess: invalidate,
  });
}

export function useUpdateObjective() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, version, patch }: { id: string; version: number; patch: Partial<ObjectiveInput> }) =>
      must(
        await api.PATCH('/api/v1/plan-objectives/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: patch as ObjectiveInput,
          headers: MERGE_PATCH,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useDeleteObjective() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) => {
      await api.DELETE('/api/v1/plan-objectives/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } });
    },
    onSuccess: invalidate,
  });
}

export function useMeasure(objectiveId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: MeasurementInput) =>
      must(await api.POST('/api/v1/plan-objectives/{id}/measurements', { params: { path: { id: objectiveId } }, body })),
    onSuccess: invalidate,
  });
}

export function useAddMilestone(objectiveId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: { title: string; dueOn: string }) =>
      must(await api.POST('/api/v1/plan-objectives/{id}/milestones', { params: { path: { id: objectiveId } }, body })),
    onSuccess: invalidate,
  });
}

export function useToggleMilestone() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (m: Milestone) =>
      must(
        await api.PATCH('/api/v1/plan-milestones/{id}', {
          params: { path: { id: m.id }, header: { 'If-Match': ifMatch(m.version) } },
          body: { done: !m.done } as Schemas['MilestoneInput'],
          headers: MERGE_PATCH,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useDeleteMilestone() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (m: Milestone) => {
      await api.DELETE('/api/v1/plan-milestones/{id}', { params: { path: { id: m.id }, header: { 'If-Match': ifMatch(m.version) } } });
    },
    onSuccess: invalidate,
  });
}
