import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp, stubFetch } from '../../test/render';
import { GrowthPanel } from './GrowthPanel';
import type { Growth } from './model';

const base: Growth = {
  accountId: 'a1',
  year: 2026,
  baselineArr: 200000,
  targetPct: 10,
  targetAmount: 20000,
  wonExpansion: 15000,
  attainmentPct: 75,
  renewalsWon: 1,
  renewalsLost: 0,
  renewalsOpen: 0,
  grrPct: null,
  grrThresholdPct: 100,
  retentionMet: true,
  retentionBlockers: [],
  expansionCommissionable: true,
  commissionableExpansion: 15000,
  whatIfs: [],
};

function show(g: Growth) {
  stubFetch({ 'GET /api/v1/accounts/a1/growth': { status: 200, body: g } });
  renderWithApp(<GrowthPanel accountId="a1" />);
}

describe('GrowthPanel', () => {
  it('shows target, won expansion and attainment, commissionable when retention is met', async () => {
    show(base);
    const bar = await screen.findByRole('progressbar', { name: 'Growth target attainment 75%' });
    expect(bar).toBeInTheDocument();
    expect(screen.getByText('+10%')).toBeInTheDocument();
    expect(screen.getByText('$20,000.00 on $200,000.00 ARR')).toBeInTheDocument();
    const status = screen.getByTestId('commission-status');
    expect(status).toHaveTextContent('Expansion is commissionable');
    expect(status).toHaveTextContent('$15,000.00');
    expect(screen.getByText('Met')).toBeInTheDocument();
  });

  it('is not commissionable yet while a renewal is open', async () => {
    show({
      ...base,
      renewalsWon: 0,
      renewalsOpen: 1,
      retentionMet: false,
      retentionBlockers: [{ code: 'RENEWAL_NOT_WON', message: 'A renewal expected to close in 2026 is not won.' }],
      expansionCommissionable: false,
      commissionableExpansion: 0,
    });
    const status = await screen.findByTestId('commission-status');
    expect(status).toHaveTextContent('not commissionable yet');
    expect(status).toHaveTextContent('1 renewal due this year');
    expect(screen.getByText('Pending')).toBeInTheDocument();
  });

  it('is not commissionable when the year lost recurring revenue, and says how much was kept', async () => {
    show({
      ...base,
      grrPct: 80,
      retentionMet: false,
      retentionBlockers: [
        {
          code: 'GRR_BELOW_THRESHOLD',
          message: 'Gross revenue retention in 2026 is 80.0 %, below the 100 % threshold: 960.00 of 1200.00 recurring revenue was kept.',
        },
      ],
      expansionCommissionable: false,
      commissionableExpansion: 0,
    });
    const status = await screen.findByTestId('commission-status');
    expect(within(status).getByText('Expansion is not commissionable')).toBeInTheDocument();
    expect(status).toHaveTextContent('Gross revenue retention in 2026 is 80.0 %');
    expect(screen.getByTestId('grr')).toHaveTextContent('Gross revenue retention: 80 % (at least 100 % needed)');
  });

  it('is not commissionable when a renewal was lost', async () => {
    show({
      ...base,
      renewalsLost: 1,
      retentionMet: false,
      retentionBlockers: [{ code: 'RENEWAL_LOST', message: 'A renewal was lost in 2026.' }],
      expansionCommissionable: false,
      commissionableExpansion: 0,
    });
    const status = await screen.findByTestId('commission-status');
    expect(within(status).getByText('Expansion is not commissionable')).toBeInTheDocument();
    expect(status).toHaveTextContent('A renewal was lost in 2026.');
    expect(screen.getByText('Missed')).toBeInTheDocument();
  });

  it('names every reason retention is missed, a churned account without renewals included', async () => {
    show({
      ...base,
      retentionMet: false,
      retentionBlockers: [
        { code: 'CHURNED', message: 'The account is marked as churned.' },
        { code: 'ARR_BELOW_BASELINE', message: 'ARR of 150000.00 is below the 200000.00 the year started with.' },
      ],
      expansionCommissionable: false,
      commissionableExpansion: 0,
    });
    const status = await screen.findByTestId('commission-status');
    expect(status).toHaveTextContent('The account is marked as churned.');
    expect(status).toHaveTextContent('ARR of 150000.00 is below the 200000.00 the year started with.');
    expect(screen.getByText('Missed')).toBeInTheDocument();
  });

  it('says which renewal would make blocked expansion payable', async () => {
    show({
      ...base,
      retentionMet: false,
      expansionCommissionable: false,
      commissionableExpansion: 0,
      renewalsOpen: 1,
      retentionBlockers: [{ code: 'RENEWAL_NOT_WON', message: 'A renewal expected to close in 2026 is not won.' }],
      whatIfs: [{ opportunityId: 'r1', title: 'Renewal 2026', amount: 90000, expectedCloseDate: '2026-12-31', payableExpansion: 48000 }],
    });
    expect(await screen.findByTestId('what-if')).toHaveTextContent(
      'What if: win the renewal “Renewal 2026” (expected 2026-12-31) and $48,000.00 of expansion becomes payable.',
    );
  });
});
