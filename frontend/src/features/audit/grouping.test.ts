import { describe, expect, it } from 'vitest';
import type { AuditEvent } from './api';
import { groupByRequest, groupSummary, primaryOf, recordName, recordPath } from './grouping';

let n = 0;
function row(p: Partial<AuditEvent>): AuditEvent {
  n += 1;
  return {
    id: `e${n}`,
    occurredAt: '2026-05-04T09:30:00Z',
    actorId: 'u1',
    actorName: 'Mia Manager',
    tokenId: null,
    action: 'updateTierPolicy',
    entityType: 'account',
    entityId: `acc-${n}`,
    recordType: 'account',
    recordId: `acc-${n}`,
    recordName: `Account ${n}`,
    transactionId: null,
    changes: [{ field: 'nextQbrDue', before: '2026-08-01', after: '2026-07-01' }],
    ...p,
  };
}

describe('audit grouping', () => {
  it('makes one policy save of eleven rows one change named after the policy', () => {
    // Newest first, as the API lists them: the accounts moved after the policy row was written.
    const accounts = Array.from({ length: 10 }, () => row({ transactionId: '77' }));
    const policy = row({ transactionId: '77', entityType: 'tier-policy', entityId: 'KEY', recordType: 'tier-policy', recordId: 'KEY', recordName: 'KEY' });
    const before = row({ transactionId: '76', action: 'updateAccount' });
    const groups = groupByRequest([...accounts, policy, before]);
    expect(groups).toHaveLength(2);
    expect(groups[0]!.events).toHaveLength(11);
    expect(groups[0]!.primary).toBe(policy);
    expect(groupSummary(groups[0]!.events)).toBe('1 tier policy, 10 accounts');
    expect(groups[1]!.events).toEqual([before]);
    expect(recordName(policy)).toBe('Key tier');
    expect(recordPath(policy.recordType, policy.recordId)).toBe('/settings/tier-policies');
  });

  it('keeps rows without a transaction apart and groups rows of one request even when others interleave', () => {
    const a1 = row({ transactionId: '5' });
    const old1 = row({});
    const b = row({ transactionId: '6' });
    const a2 = row({ transactionId: '5' });
    const old2 = row({});
    const groups = groupByRequest([a1, old1, b, a2, old2]);
    expect(groups.map((g) => g.events.map((e) => e.id))).toEqual([[a1.id, a2.id], [old1.id], [b.id], [old2.id]]);
  });

  it('names a QBR answered on a call after its account, from the row about the account itself', () => {
    const account = { recordType: 'account', recordId: 'acc', recordName: 'Northwind' } as const;
    const answers = ['qbr-answer', 'qbr-answer', 'qbr'].map((t) => row({ ...account, entityType: t, transactionId: '9', action: 'recordQbrResponses' }));
    const accountRow = row({ ...account, entityType: 'account', entityId: 'acc', transactionId: '9', action: 'recordQbrResponses' });
    const g = groupByRequest([accountRow, ...answers]);
    expect(g).toHaveLength(1);
    expect(primaryOf(g[0]!.events)).toBe(accountRow);
    expect(groupSummary(g[0]!.events)).toBe('1 QBR, 2 QBR answers, 1 account');
  });

  it('links each kind of record and says when one is gone', () => {
    expect(recordPath('account', 'a')).toBe('/accounts/a');
    expect(recordPath('opportunity', 'o')).toBe('/opportunities/o');
    expect(recordPath('survey-template', 't')).toBe('/templates/t');
    expect(recordPath('user', 'u')).toBe('/settings/users');
    expect(recordPath(null, 'x')).toBeNull();
    expect(recordName(row({ recordName: null, recordType: 'opportunity', recordId: '12345678-aaaa' }))).toBe('Opportunity 12345678 (no longer exists)');
    expect(recordName(row({ recordName: null, recordType: null, recordId: null, entityType: 'meeting', entityId: 'abcdef12-3456' }))).toBe('meeting abcdef12');
  });
});
