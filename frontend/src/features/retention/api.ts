import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, must, type Schemas } from '../../api/client';

export type RetentionReport = Schemas['RetentionReport'];
export type RetentionFigures = Schemas['RetentionFigures'];
export type Tier = Schemas['Tier'];

export interface RetentionFilters {
  year: number;
  ownerId: string[];
  tier: Tier[];
}

export function useRetentionReport(filters: RetentionFilters) {
  return useQuery({
    queryKey: ['reports', 'retention', filters] as const,
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/reports/retention', {
          params: {
            query: {
              year: filters.year,
              ...(filters.ownerId.length ? { ownerId: filters.ownerId } : {}),
              ...(filters.tier.length ? { tier: filters.tier } : {}),
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
