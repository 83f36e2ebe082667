import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, parseProblem } from '../../api/problem';
import { renderWithApp } from '../../test/render';
import { LostReasonModal, WonConfirmModal } from './StageDialogs';

const opp = { title: 'Analytics add-on', accountName: 'Acme', amount: 48000 };

describe('LostReasonModal (drop on LOST)', () => {
  it('requires a loss reason before anything is sent', async () => {
    const onConfirm = vi.fn().mockResolvedValue(undefined);
    renderWithApp(<LostReasonModal opportunity={opp} onConfirm={onConfirm} onCancel={vi.fn()} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Mark as lost' }));
    expect(await screen.findByText(/Say why it was lost/)).toBeInTheDocument();
    expect(onConfirm).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: /loss reason/i }), '  Budget moved to 2028 ');
    await user.click(screen.getByRole('button', { name: 'Mark as lost' }));
    expect(onConfirm).toHaveBeenCalledWith('Budget moved to 2028', '');
  });

  it('shows the server refusal in plain words and stays open', async () => {
    const closed = new ApiError(
      parseProblem(409, {
        type: 'urn:stratum:problem:opportunity-closed',
        title: 'Opportunity closed',
        status: 409,
        detail: 'This opportunity is WON; a closed opportunity changes only through POST /api/v1/opportunities/x/reopen.',
      }),
    );
    const onCancel = vi.fn();
    renderWithApp(<LostReasonModal opportunity={opp} onConfirm={vi.fn().mockRejectedValue(closed)} onCancel={onCancel} />);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /loss reason/i }), 'Chose a competitor');
    await user.click(screen.getByRole('button', { name: 'Mark as lost' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('already closed');
    expect(alert).toHaveTextContent('Reopen');
    expect(alert).not.toHaveTextContent('/api/v1');
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('puts a server 422 on lossReason next to the field', async () => {
    const invalid = new ApiError(
      parseProblem(422, {
        type: 'urn:stratum:problem:validation',
        title: 'Invalid',
        status: 422,
        errors: [{ field: 'lossReason', message: 'is required when an opportunity is LOST' }],
      }),
    );
    renderWithApp(<LostReasonModal opportunity={opp} onConfirm={vi.fn().mockRejectedValue(invalid)} onCancel={vi.fn()} />);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /loss reason/i }), 'x');
    await user.click(screen.getByRole('button', { name: 'Mark as lost' }));
    expect(await screen.findByText('is required when an opportunity is LOST')).toBeInTheDocument();
  });
});

describe('WonConfirmModal (drop on WON)', () => {
  it('moves only after confirmation; Cancel leaves it', async () => {
    const onConfirm = vi.fn().mockResolvedValue(undefined);
    const onCancel = vi.fn();
    renderWithApp(<WonConfirmModal opportunity={opp} onConfirm={onConfirm} onCancel={onCancel} />);
    const user = userEvent.setup();
    expect(await screen.findByText(/closes as won for \$48,000.00/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
    expect(onConfirm).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Mark as won' }));
    expect(onConfirm).toHaveBeenCalledWith('');
  });
});
