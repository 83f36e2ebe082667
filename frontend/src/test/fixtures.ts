import type { Account } from '../features/accounts/api';
import type { Me } from '../features/auth/api';

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
    singleThreaded: false,
    singleThreadedReasons: [],
    decisionContacts: 0,
    businessUnitsCovered: 0,
    lastTouchAt: null,
    touchDueAt: null,
    touchOverdue: false,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    version: 1,
    ...overrides,
  };
}

type Role = Me['user']['role'];

const SCOPES_OF: Record<Role, Me['scopes']> = {
  VIEWER: ['accounts:read', 'surveys:read', 'opportunities:read', 'contacts:read', 'activities:read', 'tasks:read', 'events:read'],
  ACCOUNT_MANAGER: [
    'accounts:read',
    'accounts:write',
    'surveys:read',
    'surveys:write',
    'opportunities:read',
    'opportunities:write',
    'contacts:read',
    'contacts:write',
    'activities:read',
    'activities:write',
    'tasks:read',
    'tasks:write',
    'events:read',
    'events:write',
  ],
  MANAGER: [
    'accounts:read',
    'accounts:write',
    'surveys:read',
    'surveys:write',
    'opportunities:read',
    'opportunities:write',
    'contacts:read',
    'contacts:write',
    'activities:read',
    'activities:write',
    'tasks:read',
    'tasks:write',
    'events:read',
    'events:write',
  ],
  ADMIN: [
    'accounts:read',
    'accounts:write',
    'surveys:read',
    'surveys:write',
    'opportunities:read',
    'opportunities:write',
    'contacts:read',
    'contacts:write',
    'activities:read',
    'activities:write',
    'tasks:read',
    'tasks:write',
    'events:read',
    'events:write',
    'admin',
  ],
};

export const USER_ID: Record<Role, string> = {
  VIEWER: '00000000-0000-4000-8000-0000000000a1',
  ACCOUNT_MANAGER: '00000000-0000-4000-8000-0000000000a2',
  MANAGER: '00000000-0000-4000-8000-0000000000a3',
  ADMIN: '00000000-0000-4000-8000-0000000000a4',
};

/** A signed-in person (a browser session) with the role's scopes; admin unless told. */
export function makeMe(role: Role = 'ADMIN', overrides: Partial<Me['user']> = {}): Me {
  return {
    user: {
      id: USER_ID[role],
      name: role === 'ADMIN' ? 'Ada Admin' : `Test ${role.toLowerCase()}`,
      email: `${role.toLowerCase()}@example.com`,
      role,
      active: true,
      managerId: null,
      managerName: null,
      level: 'MID',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      version: 1,
      ...overrides,
    },
    scopes: SCOPES_OF[role],
    csrfToken: 'csrf-test-token',
    tokenId: null,
    idleTimeoutSeconds: 1800,
  };
}
