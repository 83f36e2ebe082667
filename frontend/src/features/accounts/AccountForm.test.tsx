import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, parseProblem } from '../../api/problem';
import { renderWithApp, stubFetch } from '../../test/render';
import { AccountForm } from './AccountForm';
import { emptyAccountValues } from './form-model';

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
          errors: [{ field: 'externalId', message: 'is already used by account Acme GmbH' }],
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
    expect(field).toHaveAccessibleDescription(expect.stringContaining('is already used by account Acme GmbH'));
    expect(screen.getByRole('alert')).toHaveTextContent('Fix the highlighted field and save again.');
    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it('checks the name before sending anything', async () => {
    const onSubmit = vi.fn();
    renderWithApp(<AccountForm mode="create" initialValues={emptyAccountValues} submitLabel="Create account" onSubmit={onSubmit} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Enter the account name.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
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
