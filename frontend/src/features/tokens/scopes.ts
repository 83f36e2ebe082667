import type { Scope } from '../auth/permissions';

/** What each scope lets an integration do, for the scope checkboxes. */
export const SCOPE_DESCRIPTION: Record<Scope, string> = {
  'accounts:read': 'Read accounts, tier history, workload and users.',
  'accounts:write': 'Create and change accounts and their tiers.',
  'surveys:read': 'Read QBRs, survey templates and grade reports.',
  'surveys:write': 'Schedule QBRs, send survey links, record answers and follow-ups.',
  'opportunities:read': 'Read opportunities, the pipeline and growth.',
  'opportunities:write': 'Create, change and move opportunities.',
  'contacts:read': 'Read contacts and business units.',
  'contacts:write': 'Create, change and delete contacts and business units.',
  'activities:read': 'Read activities and account timelines.',
  'activities:write': 'Log, change and delete activities, one by one or in batches from integrations.',
  'tasks:read': 'Read tasks and My day.',
  'tasks:write': 'Create, change, complete and reopen tasks.',
  'events:read': 'Read compelling events and the events report.',
  'events:write': 'Record and review compelling events.',
  'revenue:read': 'Read products, revenue, revenue alerts, contracts, renewals and the retention report.',
  'revenue:write': 'Send revenue lines from billing, manage products and contracts, handle revenue alerts.',
  'webhooks:admin': 'Create, change and delete webhooks, read their delivery log and redeliver (admins only).',
  admin: 'Manage users and everyone’s API tokens, read the audit log.',
};
