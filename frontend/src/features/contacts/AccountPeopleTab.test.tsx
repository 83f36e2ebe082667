import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, parseProblem } from '../../api/problem';
import { makeAccount, makeMe, USER_ID } from '../../test/fixtures';
import { renderWithApp, stubFetch } from '../../test/render';
import type { BusinessUnit, Contact } from './api';
import { AccountPeopleTab } from './AccountPeopleTab';
import { ContactForm } from './ContactForm';
import { emptyContactValues } from './form-model';

vi.setConfig({ testTimeout: 30_000 });

const ACCOUNT_ID = '7d3f1c1e-0000-4000-8000-000000000001';

function unit(overrides: Partial<BusinessUnit>): BusinessUnit {
  return {
    id: 'u1',
    accountId: ACCOUNT_ID,
    name: 'Finance',
    parentId: null,
    parentName: null,
    relevance: 'HIGH',
    currentContacts: 0,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    version: 0,
    ...overrides,
  };
}

function contact(overrides: Partial<Contact>): Contact {
  return {
    id: 'c1',
    accountId: ACCOUNT_ID,
    accountName: 'Acme',
    name: 'Grace Hopper',
    externalId: null,
    title: 'CFO',
    email: 'grace@acme.example',
    phone: null,
    businessUnitId: 'u1',
    businessUnitName: 'Finance',
    buyingRole: 'ECONOMIC_BUYER',
    influence: 5,
    stance: 'ALLY',
    preferredChannel: null,
    preferredLanguage: null,
    reportsToId: null,
    reportsToName: null,
    relationshipOwnerId: null,
    relationshipOwnerName: null,
    leftCompanyOn: null,
    lastTouchAt: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    version: 0,
    ...overrides,
  };
}

const page = <T,>(items: T[]) => ({ status: 200, body: { items, nextCursor: null, total: items.length, totalIsEstimate: false } });

const units = [unit({ id: 'u1', name: 'Finance', currentContacts: 1 }), unit({ id: 'u2', name: 'Operations', relevance: 'LOW', currentContacts: 0 })];
const contacts = [contact({ id: 'c1' }), contact({ id: 'c2', name: 'Ada Left', buyingRole: 'DECISION_MAKER', leftCompanyOn: '2026-02-01', email: null })];

function stubPeople() {
  return stubFetch({
    [`GET /api/v1/accounts/${ACCOUNT_ID}/business-units`]: page(units),
    [`GET /api/v1/accounts/${ACCOUNT_ID}/contacts`]: page(contacts),
    'GET /api/v1/users': page([]),
  });
}

describe('AccountPeopleTab', () => {
  it('shows the single-threaded warning with the server’s reasons, and coverage per unit', async () => {
    stubPeople();
    const account = makeAccount({
      tier: 'STRATEGIC',
      ownerId: USER_ID.ACCOUNT_MANAGER,
      singleThreaded: true,
      singleThreadedReasons: ['Only 1 contact has a decision role (executive sponsor, decision maker or economic buyer); STRATEGIC accounts need 2.'],
    });
    renderWithApp(<AccountPeopleTab account={account} />, { me: makeMe('ACCOUNT_MANAGER') });

    const warning = await screen.findByRole('status');
    expect(warning).toHaveTextContent('Single-threaded');
    expect(warning).toHaveTextContent('Only 1 contact has a decision role');
    const table = await screen.findByRole('table', { name: 'Business units of Acme' });
    const finance = await within(table).findByRole('row', { name: /Finance/ });
    // The person who left no longer counts: one current contact, one decision role.
    expect(finance).toHaveTextContent('1 contact · 1 decision role');
    expect(finance).toHaveTextContent('+1 left');
    expect(within(table).getByRole('row', { name: /Operations/ })).toHaveTextContent('Never spoken to');
    expect(screen.getByRole('button', { name: 'New contact' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit Finance' })).toBeInTheDocument();
  });

  it('offers a viewer no way to change anything', async () => {
    stubPeople();
    renderWithApp(<AccountPeopleTab account={makeAccount({ ownerId: USER_ID.ACCOUNT_MANAGER })} />, { me: makeMe('VIEWER') });
    expect(await screen.findByRole('table', { name: 'Contacts of Acme' })).toBeInTheDocument();
    await screen.findAllByRole('link', { name: 'Grace Hopper' });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New contact' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New business unit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit / })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Delete / })).not.toBeInTheDocument();
  });

  it('lists the reporting lines for keyboard and screen reader in the list view', async () => {
    stubFetch({
      [`GET /api/v1/accounts/${ACCOUNT_ID}/business-units`]: page(units),
      [`GET /api/v1/accounts/${ACCOUNT_ID}/contacts`]: page([
        contact({ id: 'c1' }),
        contact({ id: 'c3', name: 'Alan Turing', reportsToId: 'c1', reportsToName: 'Grace Hopper' }),
      ]),
    });
    renderWithApp(<AccountPeopleTab account={makeAccount()} />, { me: makeMe('VIEWER') });
    await userEvent.setup().click(await screen.findByRole('radio', { name: 'List' }));
    const reports = await screen.findByRole('list', { name: 'Reports to Grace Hopper' });
    expect(within(reports).getByRole('link', { name: 'Alan Turing' })).toHaveAttribute('href', '/contacts/c3');
  });
});

describe('ContactForm', () => {
  it('shows a duplicate email at the email field, with a link to the contact who has it', async () => {
    stubFetch({
      [`GET /api/v1/accounts/${ACCOUNT_ID}/business-units`]: page([]),
      [`GET /api/v1/accounts/${ACCOUNT_ID}/contacts`]: page([]),
      'GET /api/v1/users': page([]),
    });
    const onSubmit = vi.fn(async () => {
      throw new ApiError(
        parseProblem(409, { type: 'about:blank', title: 'Email taken', status: 409, detail: 'Grace Hopper at Acme already has this email.', existingId: 'c1' }),
        new Headers(),
      );
    });
    renderWithApp(<ContactForm mode="create" accountId={ACCOUNT_ID} initialValues={emptyContactValues()} submitLabel="Add contact" onSubmit={onSubmit} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Grace Two');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'grace@acme.example');
    await user.click(screen.getByRole('button', { name: 'Add contact' }));
    expect(await screen.findByRole('link', { name: 'Open the existing contact' })).toHaveAttribute('href', '/contacts/c1');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(expect.stringContaining('Grace Hopper at Acme already has this email.'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains bad input at each field and sends nothing', async () => {
    stubFetch({
      [`GET /api/v1/accounts/${ACCOUNT_ID}/business-units`]: page([]),
      [`GET /api/v1/accounts/${ACCOUNT_ID}/contacts`]: page([]),
      'GET /api/v1/users': page([]),
    });
    const onSubmit = vi.fn(async () => undefined);
    renderWithApp(<ContactForm mode="create" accountId={ACCOUNT_ID} initialValues={emptyContactValues()} submitLabel="Add contact" onSubmit={onSubmit} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'not an email');
    await user.type(screen.getByRole('textbox', { name: 'Influence' }), '9');
    await user.click(screen.getByRole('button', { name: 'Add contact' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Enter the person’s name.');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(expect.stringContaining('Enter an email address like'));
    expect(screen.getByRole('textbox', { name: 'Influence' })).toHaveAccessibleDescription(expect.stringContaining('Enter a whole number from 1 to 5.'));
    expect(screen.getByRole('textbox', { name: 'Influence' })).toHaveValue('9');
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
