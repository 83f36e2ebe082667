import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, parseProblem } from '../../api/problem';
import { renderWithApp, stubFetch } from '../../test/render';
import { AccountForm } from './AccountForm';
import { emptyAccountValues, LIMITS, toNewAccount } from './form-model';

// Typing into Mantine inputs under jsdom is slow when the whole suite runs in parallel.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  stubFetch({
    'GET /api/v1/users': { status: 200, body: { items: [], nextCursor: null } },
    'GET /api/v1/accounts': { status: 200, body: { items: [], nextCursor: null } },
  });
});

describe('AccountForm', () => {
  it('shows a server validation error next to the field it names', async () => {
    const onSubmit = vi.fn().mockRejectedValue(
      new ApiError(
        parseProblem(422, {
          type: 'urn:stratum:problem:validation',
          title: 'Validation failed',
          status: 422,
          errors: [{ field: 'externalId', message: 'Another account already has this external ID; use another one.' }],
        }),
      ),
    );
    renderWithApp(<AccountForm mode="create" initialValues={emptyAccountValues} submitLabel="Create account" onSubmit={onSubmit} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /^name/i }), 'Acme');
    await user.type(screen.getByRole('textbox', { name: /external id/i }), 'CRM-1');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const field = screen.getByRole('textbox', { name: /external id/i });
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Another account already has this external ID; use another one.'));
    expect(screen.getByRole('alert')).toHaveTextContent('Fix the highlighted field and save again.');
    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it('refuses text one character over a limit with a sentence at the field and sends nothing, and takes it at the limit', async () => {
    const calls = stubFetch({
      'GET /api/v1/users': { status: 200, body: { items: [], nextCursor: null } },
      'GET /api/v1/accounts': { status: 200, body: { items: [], nextCursor: null } },
    });
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithApp(<AccountForm mode="create" initialValues={emptyAccountValues} submitLabel="Create account" onSubmit={onSubmit} />);
    const user = userEvent.setup();
    const name = screen.getByRole('textbox', { name: /^name/i });
    const industry = screen.getByRole('textbox', { name: /industry/i });
    await user.click(name);
    await user.paste('n'.repeat(LIMITS.name.maxLength + 1));
    await user.click(industry);
    await user.paste('i'.repeat(LIMITS.industry.maxLength + 1));
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(name).toHaveValue('n'.repeat(LIMITS.name.maxLength + 1));
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(expect.stringContaining(`Use at most ${LIMITS.name.maxLength} characters (now ${LIMITS.name.maxLength + 1}).`));
    expect(industry).toHaveAccessibleDescription(
      expect.stringContaining(`Use at most ${LIMITS.industry.maxLength} characters (now ${LIMITS.industry.maxLength + 1}).`),
    );
    expect(onSubmit).not.toHaveBeenCalled();
    expect(calls.filter((c) => c.method !== 'GET')).toHaveLength(0);

    await user.type(name, '{Backspace}');
    await user.type(industry, '{Backspace}');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ name: 'n'.repeat(LIMITS.name.maxLength), industry: 'i'.repeat(LIMITS.industry.maxLength) });
  });

  it('checks the name before sending anything', async () => {
    const onSubmit = vi.fn();
    renderWithApp(<AccountForm mode="create" initialValues={emptyAccountValues} submitLabel="Create account" onSubmit={onSubmit} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Enter the account name.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('keeps negative numbers as typed, says why next to each field and sends nothing', async () => {
    const onSubmit = vi.fn();
    renderWithApp(<AccountForm mode="create" initialValues={emptyAccountValues} submitLabel="Create account" onSubmit={onSubmit} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /^name/i }), 'Acme');
    const arr = screen.getByRole('textbox', { name: /^ARR/ });
    const employees = screen.getByRole('textbox', { name: /^Employees/ });
    await user.type(arr, '-5000');
    await user.type(employees, '-3');
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    // Not clamped to 0 on blur, the minus sign kept.
    expect(arr).toHaveValue('-$5,000');
    expect(employees).toHaveValue('-3');
    expect(arr).toHaveAttribute('aria-invalid', 'true');
    expect(arr).toHaveAccessibleDescription(expect.stringContaining('Enter a number of 0 or more.'));
    expect(employees).toHaveAccessibleDescription(expect.stringContaining('Enter a whole number from 0 to 10,000,000.'));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('picks a country by name and stores its ISO code', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithApp(<AccountForm mode="create" initialValues={emptyAccountValues} submitLabel="Create account" onSubmit={onSubmit} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /^name/i }), 'Acme');
    const country = screen.getByRole('textbox', { name: 'Country' });
    await user.type(country, 'Germany');
    await waitFor(() => expect(country).toHaveAttribute('aria-controls'));
    const listbox = document.getElementById(country.getAttribute('aria-controls') ?? '') as HTMLElement;
    const options = await within(listbox).findAllByRole('option', { hidden: true });
    // Typing the name offers Germany, not Georgia (GE).
    expect(options.map((o) => o.textContent)).toEqual(['GermanyDE']);
    await user.click(options[0] as HTMLElement);
    expect(country).toHaveValue('Germany');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    const values = onSubmit.mock.calls[0]?.[0];
    expect(toNewAccount(values)).toMatchObject({ name: 'Acme', country: 'DE' });
  });

  it.each([
    ['Enter after its whole name', 'Germany', '{Enter}'],
    ['Enter after the start of its name (before Algeria, which also has "ger")', 'Ger', '{Enter}'],
    ['leaving the field after its whole name, in any case', 'germany', '{Tab}'],
  ])('picks Germany on %s', async (_, typed, key) => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithApp(<AccountForm mode="create" initialValues={emptyAccountValues} submitLabel="Create account" onSubmit={onSubmit} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /^name/i }), 'Acme');
    const country = screen.getByRole('textbox', { name: 'Country' });
    await user.type(country, typed);
    await user.keyboard(key);
    await waitFor(() => expect(country).toHaveValue('Germany'));
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(toNewAccount(onSubmit.mock.calls[0]?.[0])).toMatchObject({ name: 'Acme', country: 'DE' });
  });

  it('does not guess a country from part of a name when the field is left', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithApp(<AccountForm mode="create" initialValues={emptyAccountValues} submitLabel="Create account" onSubmit={onSubmit} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /^name/i }), 'Acme');
    const country = screen.getByRole('textbox', { name: 'Country' });
    await user.type(country, 'Ger');
    await user.tab();
    // "Ger" is part of Algeria, Germany, Niger and Nigeria: nothing is picked, and the field says so by emptying.
    await waitFor(() => expect(country).toHaveValue(''));
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(toNewAccount(onSubmit.mock.calls[0]?.[0]).country ?? null).toBeNull();
  });

  it('explains a 412 and offers to reload', async () => {
    const onReload = vi.fn();
    const onSubmit = vi.fn().mockRejectedValue(new ApiError(parseProblem(412, { status: 412, title: 'Precondition Failed' })));
    renderWithApp(
      <AccountForm mode="edit" initialValues={{ ...emptyAccountValues, name: 'Acme' }} submitLabel="Save changes" onSubmit={onSubmit} onReload={onReload} />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(/Someone else changed this record/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reload latest version' }));
    expect(onReload).toHaveBeenCalledOnce();
  });
});

describe('AccountForm over the tier budget', () => {
  const refusal = () =>
    new ApiError(
      parseProblem(409, {
        type: 'urn:stratum:problem:tier-budget',
        title: 'Tier budget reached',
        status: 409,
        detail: 'The KEY budget is 5 accounts, and 5 are KEY already.',
        tier: 'KEY',
        budget: '5 accounts',
        limit: 5,
        used: 5,
        live: 50,
        maxCount: 5,
      }),
    );
  const keyValues = { ...emptyAccountValues, tier: 'KEY' as const };

  it('tells a non-admin what to do in whole sentences, without override fields', async () => {
    const onSubmit = vi.fn().mockRejectedValue(refusal());
    renderWithApp(<AccountForm mode="create" initialValues={keyValues} submitLabel="Create account" onSubmit={onSubmit} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /^name/i }), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The Key budget is 5 accounts, and 5 are Key already, so no more accounts can be Key now.');
    expect(alert).toHaveTextContent('ask an admin to override the budget for this account');
    expect(screen.queryByRole('region', { name: 'Budget override' })).not.toBeInTheDocument();
  });

  it('offers an admin the override, requires both fields and sends them with the create', async () => {
    const onSubmit = vi.fn().mockRejectedValueOnce(refusal()).mockResolvedValue(undefined);
    renderWithApp(<AccountForm mode="create" initialValues={keyValues} submitLabel="Create account" onSubmit={onSubmit} canOverrideBudget />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('textbox', { name: /^name/i }));
    await user.paste('Acme');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('As an admin you may let this account in anyway');
    const override = screen.getByRole('region', { name: 'Budget override' });
    expect(onSubmit).toHaveBeenLastCalledWith(expect.anything(), expect.anything(), null);

    // Both fields are required: nothing is sent without them.
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await within(override).findByText('Say why this account may pass the budget.')).toBeInTheDocument();
    expect(within(override).getByText('Pick the day the override ends.')).toBeInTheDocument();
    expect(onSubmit).toHaveBeenCalledTimes(1);

    const expires = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await user.click(within(override).getByRole('textbox', { name: /override reason/i }));
    await user.paste('Reference customer for the region');
    await user.click(within(override).getByRole('textbox', { name: /override expires on/i }));
    await user.paste(expires);
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    expect(onSubmit).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'Acme', tier: 'KEY' }), expect.anything(), {
      reason: 'Reference customer for the region',
      expiresOn: expires,
    });
  }, 60_000);
});
