import { useMutation, useQuery } from '@tanstack/react-query';
import { api, must, type Schemas } from '../../api/client';
import { isApiError } from '../../api/problem';

export type PublicSurvey = Schemas['PublicSurvey'];
export type Receipt = Schemas['Receipt'];

/** The survey behind a customer's link. Only the public endpoints: no login, no app data. */
export function usePublicSurvey(token: string) {
  return useQuery({
    queryKey: ['public-survey', token],
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/public/surveys/{token}', { params: { path: { token } }, signal })),
    // 404/409/410 are answers, not glitches: never retry them, never refetch behind the person's back.
    retry: (count, error) => !isApiError(error) && count < 2,
    staleTime: Infinity,
  });
}

export function useAnswerSurvey(token: string) {
  return useMutation({
    mutationFn: async (body: Schemas['ResponseInput']) =>
      must(await api.POST('/api/v1/public/surveys/{token}/responses', { params: { path: { token } }, body })),
  });
}

export type LinkState = 'unknown' | 'answered' | 'expired' | 'withdrawn';

/** What a failed load or submit says about the link itself, or null for any other failure. */
export function linkStateOf(error: unknown): LinkState | null {
  if (isApiError(error, 404)) return 'unknown';
  if (isApiError(error, 409)) return 'answered';
  if (isApiError(error, 410)) return error.problem.type.endsWith('survey-withdrawn') ? 'withdrawn' : 'expired';
  return null;
}
