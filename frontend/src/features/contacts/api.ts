import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ifMatch, must, type Schemas } from '../../api/client';
import { accountKeys } from '../accounts/api';
import { contactListQuery, type ContactFilters } from './filters';

export type Contact = Schemas['ContactView'];
export type ContactInput = Schemas['ContactInput'];
/** A JSON merge patch: only the properties to change; null clears an optional one. */
export type ContactPatch = Partial<{ [K in keyof ContactInput]: ContactInput[K] | null }>;
export type BuyingRole = Schemas['BuyingRole'];
export type Stance = Schemas['Stance'];
export type PreferredChannel = Schemas['PreferredChannel'];
export type BusinessUnit = Schemas['BusinessUnitView'];
export type BusinessUnitInput = Schemas['BusinessUnitInput'];
export type BusinessUnitPatch = Partial<{ [K in keyof BusinessUnitInput]: BusinessUnitInput[K] | null }>;
export type Relevance = Schemas['Relevance'];

/** The most the API returns in one page. */
const MAX_PAGE = 200;
/**
 * The map, the coverage chips and the pickers read all of an account's contacts (or units) at once, up to this
 * many; past it they say that they show the first ones (the table pages through them all).
 */
export const ALL_LIMIT = 1000;

export const contactKeys = {
  all: ['contacts'] as const,
  lists: () => [...contactKeys.all, 'list'] as const,
  list: (filters: ContactFilters, cursor: string | undefined, limit: number) => [...contactKeys.lists(), filters, cursor ?? null, limit] as const,
  ofAccount: (accountId: string) => [...contactKeys.lists(), 'account', accountId] as const,
  detail: (id: string) => [...contactKeys.all, 'detail', id] as const,
  units: (accountId: string) => ['business-units', accountId] as const,
  allUnits: () => ['business-units'] as const,
};

/** One page of contacts: the account's (`filters.accountId` with one account) or everyone's search. */
export function useContacts(filters: ContactFilters, cursor: string | undefined, limit = 50) {
  return useQuery({
    queryKey: contactKeys.list(filters, cursor, limit),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/contacts', { params: { query: contactListQuery(filters, cursor, limit) }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** One page of an account's contacts, with the table's filters. */
export function useAccountContacts(accountId: string, filters: ContactFilters, cursor: string | undefined, limit = 25) {
  return useQuery({
    queryKey: [...contactKeys.ofAccount(accountId), 'page', filters, cursor ?? null, limit] as const,
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/accounts/{accountId}/contacts', {
          params: { path: { accountId }, query: contactListQuery({ ...filters, accountId: [] }, cursor, limit) },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Reads pages of up to 200 until the list ends or `ALL_LIMIT` rows are in. */
async function readAll<T>(page: (cursor: string | undefined, limit: number) => Promise<{ items: T[]; nextCursor?: string | null; total?: number | null }>) {
  const items: T[] = [];
  let cursor: string | undefined;
  let total: number | null = null;
  do {
    const p = await page(cursor, Math.min(MAX_PAGE, ALL_LIMIT - items.length));
    items.push(...p.items);
    total ??= p.total ?? null;
    cursor = p.nextCursor ?? undefined;
  } while (cursor && items.length < ALL_LIMIT);
  return { items, complete: !cursor, total };
}

/** All of an account's contacts (up to ALL_LIMIT), by name: for the map, the coverage chips and the pickers. */
export function useAllAccountContacts(accountId: string, enabled = true) {
  return useQuery({
    queryKey: [...contactKeys.ofAccount(accountId), 'all'] as const,
    queryFn: ({ signal }) =>
      readAll(async (cursor, limit) =>
        must(
          await api.GET('/api/v1/accounts/{accountId}/contacts', {
            params: { path: { accountId }, query: { sort: 'name', limit, ...(cursor ? { cursor } : {}) } },
            signal,
          }),
        ),
      ),
    enabled: enabled && !!accountId,
  });
}

export function useContact(id: string) {
  return useQuery({
    queryKey: contactKeys.detail(id),
    queryFn: async ({ signal }) => must(await api.GET('/api/v1/contacts/{id}', { params: { path: { id } }, signal })),
    enabled: !!id,
  });
}

/** After a change to an account's people: its lists, its units' counts and its coverage (on the account) are stale. */
function refreshPeople(qc: QueryClient, accountId: string) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: contactKeys.lists() }),
    qc.invalidateQueries({ queryKey: contactKeys.units(accountId) }),
    qc.invalidateQueries({ queryKey: accountKeys.detail(accountId) }),
    qc.invalidateQueries({ queryKey: accountKeys.lists() }),
    qc.invalidateQueries({ queryKey: ['workload'] }),
  ]);
}

export function useCreateContact(accountId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: ContactInput) => must(await api.POST('/api/v1/accounts/{accountId}/contacts', { params: { path: { accountId } }, body })),
    onSuccess: (contact) => {
      qc.setQueryData(contactKeys.detail(contact.id), contact);
      return refreshPeople(qc, accountId);
    },
  });
}

export function useUpdateContact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, patch }: { id: string; version: number; patch: ContactPatch }) =>
      must(
        await api.PATCH('/api/v1/contacts/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: patch as ContactInput,
          headers: { 'Content-Type': 'application/merge-patch+json' },
        }),
      ),
    onSuccess: (contact) => {
      qc.setQueryData(contactKeys.detail(contact.id), contact);
      // Their reports show the new name; whoever they report to shows them among the direct reports.
      void qc.invalidateQueries({ queryKey: [...contactKeys.all, 'detail'] });
      return refreshPeople(qc, contact.accountId);
    },
  });
}

export function useDeleteContact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (contact: Pick<Contact, 'id' | 'accountId'>) => {
      await api.DELETE('/api/v1/contacts/{id}', { params: { path: { id: contact.id } } });
      return contact;
    },
    onSuccess: (contact) => {
      // The others' pages list them among reports; the deleted one's page is left (and not fetched again, to a 404).
      void qc.invalidateQueries({ queryKey: [...contactKeys.all, 'detail'], predicate: (q) => q.queryKey[2] !== contact.id });
      return refreshPeople(qc, contact.accountId);
    },
  });
}

/** One page of an account's business units, by name. */
export function useBusinessUnits(accountId: string, cursor: string | undefined, limit = 25) {
  return useQuery({
    queryKey: [...contactKeys.units(accountId), 'page', cursor ?? null, limit] as const,
    queryFn: async ({ signal }) =>
      must(
        await api.GET('/api/v1/accounts/{accountId}/business-units', {
          params: { path: { accountId }, query: { limit, ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** All of an account's business units (up to ALL_LIMIT), for the pickers and the chips. */
export function useAllBusinessUnits(accountId: string, enabled = true) {
  return useQuery({
    queryKey: [...contactKeys.units(accountId), 'all'] as const,
    queryFn: ({ signal }) =>
      readAll(async (cursor, limit) =>
        must(
          await api.GET('/api/v1/accounts/{accountId}/business-units', {
            params: { path: { accountId }, query: { limit, ...(cursor ? { cursor } : {}) } },
            signal,
          }),
        ),
      ),
    enabled: enabled && !!accountId,
  });
}

export function useCreateBusinessUnit(accountId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: BusinessUnitInput) =>
      must(await api.POST('/api/v1/accounts/{accountId}/business-units', { params: { path: { accountId } }, body })),
    onSuccess: () => refreshPeople(qc, accountId),
  });
}

export function useUpdateBusinessUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, patch }: { id: string; version: number; patch: BusinessUnitPatch }) =>
      must(
        await api.PATCH('/api/v1/business-units/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: patch as BusinessUnitInput,
          headers: { 'Content-Type': 'application/merge-patch+json' },
        }),
      ),
    // A renamed unit shows under its new name on its contacts.
    onSuccess: (unit) => Promise.all([refreshPeople(qc, unit.accountId), qc.invalidateQueries({ queryKey: [...contactKeys.all, 'detail'] })]),
  });
}

export function useDeleteBusinessUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (unit: Pick<BusinessUnit, 'id' | 'accountId'>) => {
      await api.DELETE('/api/v1/business-units/{id}', { params: { path: { id: unit.id } } });
      return unit;
    },
    onSuccess: (unit) => refreshPeople(qc, unit.accountId),
  });
}
