import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp, stubFetch } from '../../test/render';
import { describeProfile, ProfilesCard, validateProfile } from './IcpSettingsPage';

// Typing into Mantine inputs under jsdom is slow when the whole suite runs in parallel.
vi.setConfig({ testTimeout: 30_000 });

const profile = {
  id: '00000000-0000-0000-0000-000000000001',
  name: 'Default',
  active: true,
  isDefault: true,
  industries: ['Software'],
  countries: ['DE'],
  employeesMin: 200,
  employeesMax: null,
  revenueMin: null,
  revenueMax: null,
  industryWeight: 60,
  employeesWeight: 20,
  revenueWeight: 0,
  countryWeight: 20,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 3,
};
const other = { ...profile, id: '00000000-0000-0000-0000-000000000002', name: 'Benelux', isDefault: false, active: false, countries: ['NL'] };

const values = {
  name: 'DACH',
  active: true,
  industries: [],
  countries: [],
  employeesMin: '',
  employeesMax: '',
  revenueMin: '',
  revenueMax: '',
  industryWeight: 25,
  employeesWeight: 25,
  revenueWeight: 25,
  countryWeight: 25,
};

describe('ProfilesCard', () => {
  it('lists every profile with the default marked, its status and its criteria', async () => {
    stubFetch({ 'GET /api/v1/icp-profiles': { status: 200, body: { items: [profile, other] } } });
    renderWithApp(<ProfilesCard readOnly={false} />);
    const rows = await screen.findAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('Default', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('Active');
    expect(rows[1]).toHaveTextContent('Industry Software (60) · Employees at least 200 (20) · Country DE (20)');
    expect(rows[2]).toHaveTextContent('Inactive');
    expect(within(rows[2]!).getByRole('button', { name: 'Edit Benelux' })).toBeInTheDocument();
  });

  it('says so when the profiles cannot be loaded, and when there are none', async () => {
    stubFetch({ 'GET /api/v1/icp-profiles': { status: 500, body: { type: 'about:blank', title: 'Server error', status: 500 } } });
    const { unmount } = renderWithApp(<ProfilesCard readOnly={false} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load this');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    unmount();
    stubFetch({ 'GET /api/v1/icp-profiles': { status: 200, body: { items: [] } } });
    renderWithApp(<ProfilesCard readOnly />);
    expect(await screen.findByText('No ICP profile yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New profile' })).not.toBeInTheDocument();
  });

  it('refuses a nameless profile and reversed ranges at the fields and sends nothing', async () => {
    const calls = stubFetch({ 'GET /api/v1/icp-profiles': { status: 200, body: { items: [profile] } } });
    renderWithApp(<ProfilesCard readOnly={false} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New profile' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('textbox', { name: /employees from/i }));
    await user.paste('500');
    await user.click(within(dialog).getByRole('textbox', { name: /employees to/i }));
    await user.paste('100');
    await user.click(within(dialog).getByRole('button', { name: 'Save profile' }));
    expect(await within(dialog).findByText('Give the profile a name.')).toBeInTheDocument();
    expect(within(dialog).getByText('Make the largest employee count at least the smallest (500), or leave one end open.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('shows the refusal to delete the last profile in whole sentences', async () => {
    const detail = 'The ICP profile Default is the only one left, so it cannot be deleted. Create another profile first, or change this one instead.';
    stubFetch({
      'GET /api/v1/icp-profiles': { status: 200, body: { items: [profile] } },
      [`DELETE /api/v1/icp-profiles/${profile.id}`]: {
        status: 409,
        body: { type: 'urn:stratum:problem:last-icp-profile', title: 'The last ICP profile', status: 409, detail },
      },
    });
    renderWithApp(<ProfilesCard readOnly={false} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete Default' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Delete profile' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(detail);
  });
});

describe('validateProfile', () => {
  it('accepts a named profile with a weight', () => {
    expect(validateProfile(values)).toEqual({});
  });

  it('says what to fix in whole sentences', () => {
    expect(validateProfile({ ...values, name: ' ' }).name).toBe('Give the profile a name.');
    expect(validateProfile({ ...values, name: 'x'.repeat(101) }).name).toBe('Use at most 100 characters (now 101).');
    expect(validateProfile({ ...values, industryWeight: 101 }).industryWeight).toBe('Enter a whole number from 0 to 100.');
    expect(validateProfile({ ...values, revenueMin: -1 }).revenueMin).toBe('Enter a number of 0 or more, or leave it empty.');
    expect(validateProfile({ ...values, revenueMin: 10, revenueMax: 5 }).revenueMax).toBe(
      'Make the largest annual revenue at least the smallest (10), or leave one end open.',
    );
    expect(validateProfile({ ...values, industryWeight: 0, employeesWeight: 0, revenueWeight: 0, countryWeight: 0 }).industryWeight).toBe(
      'Give at least one criterion a weight above 0.',
    );
  });

  it('describes a profile that sets nothing', () => {
    expect(describeProfile({ ...profile, industries: [], countries: [], employeesMin: null })).toBe('No criterion set: gives no fit.');
  });
});
