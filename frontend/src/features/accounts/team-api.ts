import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';
import { accountKeys } from './api';

export type Team = Schemas['TeamView'];
export type TeamMember = Schemas['TeamMemberView'];
export type TeamInput = Schemas['TeamInput'];
export type TeamRole = Schemas['TeamRole'];

export const teamKey = (accountId: string) => [...accountKeys.detail(accountId), 'team'] as const;

/** The account's team: its owner and the other members (whoever may read the account may read it). */
export function useAccountTeam(accountId: string, enabled = true) {
  return useQuery({
    queryKey: teamKey(accountId),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/accounts/{id}/team', { params: { path: { id: accountId } }, signal })),
    enabled: enabled && !!accountId,
  });
}

/** Replaces the team besides the owner; a stale version is refused (412) rather than overwriting another save. */
export function useReplaceTeam() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ accountId, version, body }: { accountId: string; version: number; body: TeamInput }) =>
      must(await api.PUT('/api/v1/accounts/{id}/team', { params: { path: { id: accountId }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: (team) => qc.setQueryData(teamKey(team.accountId), team),
  });
}
