import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { rules } from '../../api/rules';
import { renderWithApp, stubFetch } from '../../test/render';
import { ScheduleQbrModal } from './ScheduleQbrModal';

// Typing into Mantine inputs under jsdom is slow when the whole suite runs in parallel.
vi.setConfig({ testTimeout: 45_000 });

describe('ScheduleQbrModal', () => {
  it('refuses a respondent one character over the limits with sentences and sends nothing, and takes one at the limits', async () => {
    const { respondentName: NAME, respondentEmail: EMAIL } = rules.limits.NewQbr;
    const calls = stubFetch({
      'GET /api/v1/survey-templates': { status: 200, body: { items: [], nextCursor: null } },
      'GET /api/v1/accounts/a1/contacts': { status: 200, body: { items: [], nextCursor: null } },
      'POST /api/v1/accounts/a1/qbrs': { status: 201, body: { id: 'q1', scheduledFor: '2030-01-15' } },
    });
    renderWithApp(<ScheduleQbrModal accountId="a1" accountName="Northwind" nextDue="2030-01-15" opened onClose={() => {}} />);
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Schedule a QBR for Northwind' });
    const name = within(dialog).getByRole('textbox', { name: /Respondent name/ });
    const email = within(dialog).getByRole('textbox', { name: /Respondent email/ });
    const domain = '@example.com';
    await user.click(name);
    await user.paste('n'.repeat(NAME.maxLength + 1));
    await user.click(email);
    await user.paste('e'.repeat(EMAIL.maxLength + 1 - domain.length) + domain);
    await user.click(within(dialog).getByRole('button', { name: 'Schedule QBR' }));

    expect(name).toHaveValue('n'.repeat(NAME.maxLength + 1));
    await waitFor(() =>
      expect(name).toHaveAccessibleDescription(expect.stringContaining(`Use at most ${NAME.maxLength} characters (now ${NAME.maxLength + 1}).`)),
    );
    expect(email).toHaveAccessibleDescription(expect.stringContaining(`Use at most ${EMAIL.maxLength} characters (now ${EMAIL.maxLength + 1}).`));
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await user.type(name, '{Backspace}');
    await user.click(email);
    await user.keyboard('{Home}{Delete}');
    await user.click(within(dialog).getByRole('button', { name: 'Schedule QBR' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(JSON.parse(calls.find((c) => c.method === 'POST')?.body ?? '{}')).toMatchObject({
      respondentName: 'n'.repeat(NAME.maxLength),
      respondentEmail: 'e'.repeat(EMAIL.maxLength - domain.length) + domain,
    });
  });
});
