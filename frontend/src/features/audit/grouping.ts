/**
 * The audit log groups the rows one request wrote (they share a transactionId): saving a tier policy that
 * moves the next QBR of ten accounts is one change of eleven rows, not eleven changes.
 */
import type { AuditEvent } from './api';
import { entityTypeLabel } from './api';

export interface AuditGroup {
  /** The transaction, or the row's own id when the row has none. */
  key: string;
  /** Newest first, as the page lists them. */
  events: AuditEvent[];
  /** The row that names the change: the record the request was about. */
  primary: AuditEvent;
}

/** Groups a page's rows by transaction, each group where its newest row was. */
export function groupByRequest(events: readonly AuditEvent[]): AuditGroup[] {
  const groups = new Map<string, AuditEvent[]>();
  for (const e of events) {
    const key = e.transactionId ? `tx:${e.transactionId}` : `row:${e.id}`;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  return [...groups].map(([key, list]) => ({ key, events: list, primary: primaryOf(list) }));
}

/**
 * The record the request was about: of the kinds of record it touched, the one with the fewest rows (one tier
 * policy among the ten accounts it moved), and of its rows the oldest about the record itself (the account,
 * not its growth baseline). Ties go to the kind the request wrote first.
 */
export function primaryOf(events: readonly AuditEvent[]): AuditEvent {
  const oldestFirst = [...events].reverse();
  const byType = new Map<string, AuditEvent[]>();
  for (const e of oldestFirst) {
    const type = e.recordType ?? e.entityType;
    byType.set(type, [...(byType.get(type) ?? []), e]);
  }
  const fewest = [...byType.values()].reduce((best, rows) => (rows.length < best.length ? rows : best));
  return fewest.find((e) => e.entityType === e.recordType) ?? fewest[0]!;
}

/** "1 tier policy, 10 accounts": the rows of a group by kind, in the order they first appear. */
export function groupSummary(events: readonly AuditEvent[]): string {
  const counts = new Map<string, number>();
  for (const e of [...events].reverse()) counts.set(e.entityType, (counts.get(e.entityType) ?? 0) + 1);
  return [...counts].map(([type, n]) => `${n} ${pluralLabel(entityTypeLabel(type), n)}`).join(', ');
}

function pluralLabel(label: string, n: number): string {
  const lower = label.charAt(0).toLowerCase() + label.slice(1);
  const word = /^(QBR|API)/.test(label) ? label : lower;
  if (n === 1) return word;
  return word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`;
}

/** Where the record can be opened, if it has a page. */
export function recordPath(type: string | null | undefined, id: string | null | undefined): string | null {
  if (!type || !id) return null;
  switch (type) {
    case 'account':
      return `/accounts/${id}`;
    case 'opportunity':
      return `/opportunities/${id}`;
    case 'survey-template':
      return `/templates/${id}`;
    case 'user':
      return '/settings/users';
    case 'api-token':
      return '/settings/api-tokens';
    case 'tier-policy':
      return '/settings/tier-policies';
    case 'company-settings':
      return '/settings/company';
    default:
      return null;
  }
}

/** The record's name for a row: its name, or for a removed record its type and the start of its id. */
export function recordName(e: AuditEvent): string {
  if (e.recordName) return e.recordType === 'tier-policy' ? `${e.recordName.charAt(0)}${e.recordName.slice(1).toLowerCase()} tier` : e.recordName;
  // A kind of record the server does not name yet: its type and the start of its id.
  if (!e.recordType) return `${entityTypeLabel(e.entityType)} ${e.entityId.slice(0, 8)}`;
  return `${entityTypeLabel(e.recordType)} ${(e.recordId ?? e.entityId).slice(0, 8)} (no longer exists)`;
}
