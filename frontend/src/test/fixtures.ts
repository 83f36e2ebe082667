import type { Account } from '../features/accounts/api';

/** A complete AccountView for tests; override what the test is about. */
export function makeAccount(overrides: Partial<Account> = {}): Account {
  return {
    id: '7d3f1c1e-0000-4000-8000-000000000001',
    name: 'Acme',
    domain: null,
    externalId: null,
    industry: null,
    territory: null,
    country: null,
    employees: null,
    annualRevenue: null,
    arr: 0,
    lifecycle: 'ACTIVE',
    renewalDate: null,
    parentId: null,
    parentName: null,
    ownerId: null,
    ownerName: null,
    tier: 'STANDARD',
    tags: [],
    archived: false,
    lastQbrGrade: null,
    lastQbrAt: null,
    nextQbrDue: '2026-07-01',
    qbrOverdue: false,
    growthTargetPct: 15,
    growthBaselineArr: 125000,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    version: 1,
    ...overrides,
  };
}
