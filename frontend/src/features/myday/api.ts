import { useQuery } from '@tanstack/react-query';
import { api, must, type Schemas } from '../../api/client';
import { myDayKey } from '../tasks/api';

export type MyDay = Schemas['MyDay'];
export type DayScope = Schemas['DayScope'];

/** The signed-in person's day, or their team's. */
export function useMyDay(scope: DayScope) {
  return useQuery({
    queryKey: [...myDayKey, scope] as const,
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/me/day', { params: { query: { scope } }, signal })),
  });
}
