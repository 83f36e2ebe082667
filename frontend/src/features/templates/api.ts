import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';

export type Template = Schemas['TemplateView'];
export type TemplateInput = Schemas['TemplateInput'];
export type QuestionKind = Schemas['QuestionKind'];

/** Shares its prefix with the QBR screens' template list, so a saved template shows there at once. */
export const templateKeys = {
  all: ['survey-templates'] as const,
  page: (cursor: string | undefined, limit: number) => [...templateKeys.all, 'page', cursor ?? null, limit] as const,
  detail: (id: string) => [...templateKeys.all, 'detail', id] as const,
};

export function useTemplatePage(cursor: string | undefined, limit = 50) {
  return useQuery({
    queryKey: templateKeys.page(cursor, limit),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/survey-templates', { params: { query: { limit, ...(cursor ? { cursor } : {}) } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useTemplate(id: string | undefined) {
  return useQuery({
    queryKey: templateKeys.detail(id ?? ''),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/survey-templates/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: !!id,
  });
}

export function useCreateTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: TemplateInput) => must(await api.POST('/api/v1/survey-templates', { body })),
    onSuccess: (created) => {
      qc.setQueryData(templateKeys.detail(created.id), created);
      return qc.invalidateQueries({ queryKey: templateKeys.all });
    },
  });
}

export function useReplaceTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: { id: string; version: number; body: TemplateInput }) =>
      must(await api.PUT('/api/v1/survey-templates/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: (saved) => {
      qc.setQueryData(templateKeys.detail(saved.id), saved);
      return qc.invalidateQueries({ queryKey: templateKeys.all });
    },
  });
}

export function useCopyTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => must(await api.POST('/api/v1/survey-templates/{id}/copy', { params: { path: { id } } })),
    onSuccess: (copy) => {
      qc.setQueryData(templateKeys.detail(copy.id), copy);
      return qc.invalidateQueries({ queryKey: templateKeys.all });
    },
  });
}
