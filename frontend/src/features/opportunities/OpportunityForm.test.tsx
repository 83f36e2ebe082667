import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeMe, USER_ID } from '../../test/fixtures';
import { renderWithApp, stubFetch } from '../../test/render';
import { emptyOpportunityValues } from './form-model';
import { OpportunityForm } from './OpportunityForm';

// Typing into Mantine inputs under jsdom is slow when the whole suite runs in parallel.
vi.setConfig({ testTimeout: 30_000 });

const empty = { status: 200, body: { items: [], nextCursor: null } };

function renderNew(onSubmit = vi.fn(), role: 'ACCOUNT_MANAGER' | 'MANAGER' = 'MANAGER') {
  renderWithApp(<OpportunityForm mode="create" initialValues={emptyOpportunityValues()} submitLabel="Create opportunity" onSubmit={onSubmit} />, {
    me: makeMe(role),
  });
  return onSubmit;
}

describe('OpportunityForm', () => {
  it('flags every missing field at once on an empty submit and sends nothing', async () => {
    stubFetch({ 'GET /api/v1/accounts': empty, 'GET /api/v1/users': empty });
    const onSubmit = renderNew();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Create opportunity' }));

    for (const [name, message] of [
      [/^Account/, 'Pick the account this opportunity is with.'],
      [/^Title/, 'Give the opportunity a title.'],
      [/^Amount/, 'Enter the amount.'],
      [/^Expected close date/, 'Enter when you expect it to close.'],
    ] as const) {
      const field = screen.getByRole('textbox', { name });
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
    }
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('keeps a negative amount as typed and refuses it', async () => {
    stubFetch({ 'GET /api/v1/accounts': empty, 'GET /api/v1/users': empty });
    const onSubmit = renderNew();
    const user = userEvent.setup();
    const amount = screen.getByRole('textbox', { name: /^Amount/ });
    await user.type(amount, '-5');
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Create opportunity' }));
    expect(amount).toHaveValue('-$5');
    expect(amount).toHaveAccessibleDescription(expect.stringContaining('Enter a number above 0.'));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('offers an account manager only the accounts they own', async () => {
    const calls = stubFetch({ 'GET /api/v1/accounts': empty, 'GET /api/v1/users': empty });
    renderNew(vi.fn(), 'ACCOUNT_MANAGER');
    const user = userEvent.setup();
    const account = screen.getByRole('textbox', { name: /^Account/ });
    expect(account).toHaveAccessibleDescription(expect.stringContaining('One of the accounts you own'));
    await user.click(account);
    await waitFor(() => expect(calls.some((c) => c.url.startsWith('/api/v1/accounts?'))).toBe(true));
    const searches = calls.filter((c) => c.url.startsWith('/api/v1/accounts?')).map((c) => new URL(c.url, 'http://x').searchParams);
    expect(searches.every((p) => p.getAll('ownerId').join() === USER_ID.ACCOUNT_MANAGER)).toBe(true);
  });

  it('offers a manager every account', async () => {
    const calls = stubFetch({ 'GET /api/v1/accounts': empty, 'GET /api/v1/users': empty });
    renderNew(vi.fn(), 'MANAGER');
    await userEvent.setup().click(screen.getByRole('textbox', { name: /^Account/ }));
    await waitFor(() => expect(calls.some((c) => c.url.startsWith('/api/v1/accounts?'))).toBe(true));
    expect(calls.filter((c) => c.url.startsWith('/api/v1/accounts?')).every((c) => !c.url.includes('ownerId'))).toBe(true);
  });
});
