import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeMe } from '../../test/fixtures';
import { renderWithApp, stubFetch } from '../../test/render';
import { ProfilePage } from './ProfilePage';

vi.setConfig({ testTimeout: 20_000 });

const me = makeMe('ACCOUNT_MANAGER');

async function fill(current: string, next: string, repeat = next) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(/current password/i), current);
  await user.type(screen.getByLabelText(/^new password/i), next);
  await user.type(screen.getByLabelText(/repeat/i), repeat);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('ProfilePage', () => {
  it('shows who is signed in', async () => {
    stubFetch({});
    renderWithApp(<ProfilePage />, { me });
    expect(await screen.findByText(me.user.email)).toBeInTheDocument();
    expect(screen.getByText('Account manager')).toBeInTheDocument();
  });

  it('changes your own password with the current one', async () => {
    const calls = stubFetch({ [`PUT /api/v1/users/${me.user.id}/password`]: { status: 204 } });
    renderWithApp(<ProfilePage />, { me });
    await fill('the old long password', 'the new long password');
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(JSON.parse(calls[0]?.body ?? '{}')).toEqual({ currentPassword: 'the old long password', newPassword: 'the new long password' });
    expect(calls[0]?.headers.get('X-CSRF-Token')).toBe('csrf-test-token');
    await waitFor(() => expect(screen.getByLabelText(/current password/i)).toHaveValue(''));
  });

  it('says when the two new passwords differ, before sending anything', async () => {
    const calls = stubFetch({});
    renderWithApp(<ProfilePage />, { me });
    await fill('the old long password', 'the new long password', 'the new long passwort');
    expect(await screen.findByText('The two passwords differ. Type the same password twice.')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('shows a wrong current password next to its field', async () => {
    stubFetch({
      [`PUT /api/v1/users/${me.user.id}/password`]: {
        status: 422,
        body: { type: 'urn:stratum:problem:validation', title: 'Validation failed', status: 422, errors: [{ field: 'currentPassword', message: 'is wrong' }] },
      },
    });
    renderWithApp(<ProfilePage />, { me });
    await fill('not my password!', 'the new long password');
    const field = screen.getByLabelText(/current password/i);
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(expect.stringContaining('is wrong'));
  });
});
