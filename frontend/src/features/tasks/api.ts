import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';
import { taskListQuery, type TaskFilters } from './filters';

export type Task = Schemas['TaskView'];
export type TaskInput = Schemas['TaskInput'];
export type TaskStatus = Schemas['TaskStatus'];
export type TaskSource = Schemas['TaskSource'];
/** A JSON merge patch: only the properties to change; null clears an optional one. */
export type TaskPatch = Partial<{ [K in keyof TaskInput]: TaskInput[K] | null }>;

export const taskKeys = {
  all: ['tasks'] as const,
  lists: () => [...taskKeys.all, 'list'] as const,
  list: (filters: TaskFilters, cursor: string | undefined, limit: number) => [...taskKeys.lists(), filters, cursor ?? null, limit] as const,
  ofQbr: (qbrId: string) => [...taskKeys.lists(), 'qbr', qbrId] as const,
  detail: (id: string) => [...taskKeys.all, 'detail', id] as const,
};

/** The key of My day, which shows tasks too: any task change makes it stale. */
export const myDayKey = ['my-day'] as const;

/** One page of tasks, by due date. */
export function useTasks(filters: TaskFilters, cursor: string | undefined, limit = 50) {
  return useQuery({
    queryKey: taskKeys.list(filters, cursor, limit),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/tasks', { params: { query: taskListQuery(filters, cursor, limit) }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** A QBR's tasks (its follow-up's among them), by due date; a follow-up has at most 10 actions. */
export function useQbrTasks(qbrId: string, enabled = true) {
  return useQuery({
    queryKey: taskKeys.ofQbr(qbrId),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/tasks', { params: { query: { qbrId: [qbrId], limit: 50 } }, signal })),
    enabled,
  });
}

function useTaskCache() {
  const qc = useQueryClient();
  return (task: Task) => {
    qc.setQueryData(taskKeys.detail(task.id), task);
    void qc.invalidateQueries({ queryKey: taskKeys.lists() });
    void qc.invalidateQueries({ queryKey: myDayKey });
  };
}

export function useCreateTask() {
  const store = useTaskCache();
  return useMutation({
    mutationFn: async (body: TaskInput) => must(await api.POST('/api/v1/tasks', { body })),
    onSuccess: store,
  });
}

export function useUpdateTask() {
  const store = useTaskCache();
  return useMutation({
    mutationFn: async ({ id, version, patch }: { id: string; version: number; patch: TaskPatch }) =>
      must(
        await api.PATCH('/api/v1/tasks/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: patch as TaskInput,
          headers: { 'Content-Type': 'application/merge-patch+json' },
        }),
      ),
    onSuccess: store,
  });
}

/** What a task on this account may point at: its contacts, opportunities and QBRs (the first 200 of each). */
export function useLinkOptions(accountId: string | null) {
  return useQuery({
    queryKey: [...taskKeys.all, 'links', accountId] as const,
    queryFn: async ({ signal }) => {
      const id = accountId ?? '';
      const [contacts, opportunities, qbrs] = await Promise.all([
        api.GET('/api/v1/accounts/{accountId}/contacts', { params: { path: { accountId: id }, query: { limit: 200, leftCompany: false } }, signal }),
        api.GET('/api/v1/opportunities', { params: { query: { accountId: [id], limit: 200 } }, signal }),
        api.GET('/api/v1/qbrs', { params: { query: { accountId: [id], limit: 200 } }, signal }),
      ]);
      return {
        contacts: must(contacts).items.map((c) => ({ value: c.id, label: c.name })),
        opportunities: must(opportunities).items.map((o) => ({ value: o.id, label: o.title })),
        qbrs: must(qbrs).items.map((q) => ({ value: q.id, label: `QBR ${q.scheduledFor} (${q.status.toLowerCase()})` })),
      };
    },
    enabled: !!accountId,
  });
}
