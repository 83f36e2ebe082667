import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../test/render';
import { countLabel, ListFooter, roundEstimate } from './ListFooter';

const noun = ['account', 'accounts'] as const;

function paging(overrides: Partial<{ pageNumber: number; hasPrevious: boolean }> = {}) {
  return { pageNumber: 1, hasPrevious: false, previous: vi.fn(), next: vi.fn(), first: vi.fn(), ...overrides };
}

function query(data: { nextCursor: string | null; total?: number; totalIsEstimate?: boolean } | undefined, error: unknown = null) {
  return { data, error, isError: !!error, isFetching: false, refetch: vi.fn() };
}

describe('count of matches', () => {
  it('says an exact count with thousands separators and the right noun', () => {
    expect(countLabel(1234, noun)).toBe('1,234 accounts');
    expect(countLabel(1, noun)).toBe('1 account');
    expect(countLabel(0, noun)).toBe('0 accounts');
  });

  it('labels an estimate as one and does not pretend to more digits than it has', () => {
    expect(countLabel(12_345, noun, true)).toBe('about 12,000 accounts (estimate)');
    expect(roundEstimate(987)).toBe(990);
    expect(roundEstimate(1_234_567)).toBe(1_200_000);
    expect(roundEstimate(42)).toBe(42);
  });
});

describe('ListFooter', () => {
  it('shows the total from the page when the API sends one, with the page number', () => {
    renderWithApp(
      <ListFooter
        query={query({ nextCursor: 'c3', total: 1234, totalIsEstimate: false })}
        paging={paging({ pageNumber: 2, hasPrevious: true })}
        itemCount={50}
        label={noun}
      />,
    );
    expect(screen.getByText('Page 2 · 1,234 accounts')).toBeInTheDocument();
  });

  it('shows an estimate given as props', () => {
    renderWithApp(<ListFooter query={query({ nextCursor: 'c2' })} paging={paging()} itemCount={50} label={noun} total={12_345} totalIsEstimate />);
    expect(screen.getByText('Page 1 · about 12,000 accounts (estimate)')).toBeInTheDocument();
  });

  it('counts the rows on the page when no total is known', () => {
    const { unmount } = renderWithApp(<ListFooter query={query({ nextCursor: 'c2' })} paging={paging()} itemCount={50} label={noun} />);
    expect(screen.getByText('Page 1 · 50 accounts on this page')).toBeInTheDocument();
    unmount();
    renderWithApp(<ListFooter query={query({ nextCursor: null })} paging={paging()} itemCount={1} label={noun} />);
    expect(screen.getByText('1 account')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).not.toBeInTheDocument();
  });

  it('offers the first page when a page opened from a link cannot be loaded', async () => {
    const p = paging({ pageNumber: 3, hasPrevious: true });
    renderWithApp(<ListFooter query={query(undefined, new Error('bad cursor'))} paging={p} itemCount={0} label={noun} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Go to the first page' }));
    expect(p.first).toHaveBeenCalled();
  });
});
