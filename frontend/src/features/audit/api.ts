import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { api, must, type Schemas } from '../../api/client';
import { rules } from '../../api/rules';
import type { ListUrlCodec } from '../../components/list-url-state';

export type AuditEvent = Schemas['AuditEventView'];
export type AuditChange = Schemas['AuditChange'];

/** The screen's filters; dates are whole days (YYYY-MM-DD) in the viewer's time zone. */
export interface AuditFilters {
  entityType: string;
  entityId: string;
  actorId: string;
  from: string;
  to: string;
}

export const emptyAuditFilters: AuditFilters = { entityType: '', entityId: '', actorId: '', from: '', to: '' };

/** The record types the log knows, as the API names them (the server's rules document). */
export const ENTITY_TYPES = rules.auditEntityTypes;
export type AuditEntityType = (typeof ENTITY_TYPES)[number];

const ENTITY_LABEL: Record<AuditEntityType, string> = {
  account: 'Account',
  'tier-change': 'Tier change',
  'growth-baseline': 'Growth baseline',
  user: 'User',
  'tier-policy': 'Tier policy',
  'survey-template': 'Survey template',
  'survey-question': 'Survey question',
  qbr: 'QBR',
  'qbr-answer': 'QBR answer',
  'qbr-follow-up': 'QBR follow-up',
  opportunity: 'Opportunity',
  'opportunity-stage-change': 'Opportunity stage change',
  'api-token': 'API token',
  session: 'Session',
  'business-unit': 'Business unit',
  contact: 'Contact',
  'qbr-respondent': 'QBR respondent',
  'account-team-member': 'Account team member',
  handoff: 'Handoff',
  'owner-change': 'Owner change',
  activity: 'Activity',
  'activity-contact': 'Activity contact',
  task: 'Task',
  'company-settings': 'Company settings',
  'account-event': 'Compelling event',
  product: 'Product',
  'revenue-ingest': 'Revenue ingest',
  contract: 'Contract',
  'revenue-alert': 'Revenue alert',
  'revenue-alert-policy': 'Revenue alert policy',
  'account-plan': 'Account plan',
  'plan-review': 'Plan review',
  'plan-objective': 'Plan objective',
  'plan-measurement': 'Plan measurement',
  'plan-milestone': 'Plan milestone',
  'data-import': 'CSV import',
  'owner-target': 'Owner targets',
  'commission-plan': 'Commission plan',
  'opportunity-split': 'Opportunity split',
  'commission-period': 'Commission period',
  'commission-line': 'Commission line',
  'icp-profile': 'ICP profile',
  'icp-fit-profile': 'ICP profile',
  'tier-budget': 'Tier budget',
  'tier-budget-override': 'Tier budget override',
};

/** "api-token" -> "API token"; a type the screen does not know yet is shown as the API names it. */
export function entityTypeLabel(type: string): string {
  return (ENTITY_LABEL as Record<string, string>)[type] ?? type;
}

export function auditFiltersFromSearchParams(sp: URLSearchParams): AuditFilters {
  const date = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '');
  return {
    entityType: sp.get('entityType') ?? '',
    entityId: sp.get('entityId') ?? '',
    actorId: sp.get('actorId') ?? '',
    from: date(sp.get('from')),
    to: date(sp.get('to')),
  };
}

export function auditFiltersToSearchParams(f: AuditFilters): URLSearchParams {
  const sp = new URLSearchParams();
  for (const key of ['entityType', 'entityId', 'actorId', 'from', 'to'] as const) {
    const v = f[key].trim();
    if (v) sp.set(key, v);
  }
  return sp;
}

/** The audit log's part of the URL (see useListUrlState). */
export const auditFiltersCodec: ListUrlCodec<AuditFilters> = { parse: auditFiltersFromSearchParams, serialize: auditFiltersToSearchParams };

/** Query parameters for GET /audit-events: `from` is the start of its day, `to` the start of the day after (exclusive). */
export function auditQuery(f: AuditFilters, cursor: string | undefined, limit: number) {
  return {
    ...(f.entityType ? { entityType: f.entityType } : {}),
    ...(f.entityId.trim() ? { entityId: f.entityId.trim() } : {}),
    ...(f.actorId ? { actorId: f.actorId } : {}),
    ...(f.from ? { from: dayjs(f.from).startOf('day').toISOString() } : {}),
    ...(f.to ? { to: dayjs(f.to).add(1, 'day').startOf('day').toISOString() } : {}),
    ...(cursor ? { cursor } : {}),
    limit,
  };
}

export function useAuditEvents(filters: AuditFilters, cursor: string | undefined, limit = 50) {
  return useQuery({
    queryKey: ['audit-events', filters, cursor ?? null, limit] as const,
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/audit-events', { params: { query: auditQuery(filters, cursor, limit) }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** A before/after value in a line: null as an em dash, strings as they are, anything else as JSON. */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value === '' ? '""' : value;
  return JSON.stringify(value);
}

/** "tier, reason and 2 more" */
export function changesSummary(changes: readonly AuditChange[], shown = 3): string {
  if (changes.length === 0) return 'No field changes';
  const names = changes.map((c) => c.field);
  const head = names.slice(0, shown).join(', ');
  return names.length > shown ? `${head} and ${names.length - shown} more` : head;
}
