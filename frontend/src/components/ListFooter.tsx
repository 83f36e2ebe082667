import { Button, Stack, Text } from '@mantine/core';
import type { ListPaging } from './list-url-state';
import { Pager } from './Pager';
import { ErrorState } from './QueryState';

/** The parts of a TanStack query over one cursor-paged list that the footer reads. */
interface PagedListQuery {
  data: { nextCursor: string | null; total?: number | null; totalIsEstimate?: boolean | null } | undefined;
  error: unknown;
  isError: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

/** What the rows are called: one and several ("account", "accounts"). */
export type Noun = readonly [one: string, several: string];

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** An estimate is shown to two significant digits (12,345 -> 12,000), so it does not pretend to be exact. */
export function roundEstimate(n: number): number {
  if (n < 100) return Math.round(n);
  const step = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / step) * step;
}

/** "1,234 accounts", "1 account", or "about 12,000 accounts (estimate)". */
export function countLabel(total: number, noun: Noun, estimate = false): string {
  if (estimate) {
    const shown = roundEstimate(total);
    return `about ${integer.format(shown)} ${shown === 1 ? noun[0] : noun[1]} (estimate)`;
  }
  return `${integer.format(total)} ${total === 1 ? noun[0] : noun[1]}`;
}

interface ListFooterProps {
  query: PagedListQuery;
  paging: Pick<ListPaging, 'pageNumber' | 'hasPrevious' | 'previous' | 'next' | 'first'>;
  /** Rows on the current page. */
  itemCount: number;
  label: Noun;
  /**
   * How many rows match the filters on all pages; read from the page (`total`, `totalIsEstimate`) unless
   * given here. Without it the footer counts the rows on this page.
   */
  total?: number | null;
  totalIsEstimate?: boolean;
  /** Show a retry alert when loading another page failed (the last page stays shown). */
  showPageError?: boolean;
  /**
   * When the pager shows: `loaded` once a page is there; `notEmpty` unless the first page is empty;
   * `severalPages` only when there is more than one page.
   */
  pagerWhen?: 'loaded' | 'notEmpty' | 'severalPages';
}

/** Bottom of a cursor-paged list card: the count of matches, the failed-page alert and the Pager. */
export function ListFooter({ query, paging, itemCount, label, total, totalIsEstimate, showPageError = false, pagerWhen = 'loaded' }: ListFooterProps) {
  const data = query.data;
  if (!data) {
    // A page opened from a link whose cursor the server no longer takes: the way out is page 1.
    return query.isError && paging.hasPrevious ? (
      <Stack p="md" gap="xs" align="flex-start">
        <Text size="sm">This page of the list could not be loaded. The first page shows the same filters.</Text>
        <Button size="xs" variant="default" onClick={paging.first}>
          Go to the first page
        </Button>
      </Stack>
    ) : null;
  }
  const matches = total ?? data.total ?? null;
  const estimate = totalIsEstimate ?? data.totalIsEstimate ?? false;
  const severalPages = !!data.nextCursor || paging.hasPrevious;
  const count =
    matches !== null ? countLabel(matches, label, estimate) : severalPages ? `${countLabel(itemCount, label)} on this page` : countLabel(itemCount, label);
  const showPager = pagerWhen === 'notEmpty' ? itemCount > 0 || paging.hasPrevious : pagerWhen === 'severalPages' ? severalPages : true;
  return (
    <>
      {showPageError && query.isError && (
        <Stack p="md">
          <ErrorState error={query.error} onRetry={() => void query.refetch()} title="Could not load this page" />
        </Stack>
      )}
      {showPager && (
        <Stack p="sm">
          <Pager
            pageNumber={paging.pageNumber}
            hasPrevious={paging.hasPrevious}
            nextCursor={data.nextCursor}
            onPrevious={paging.previous}
            onNext={paging.next}
            fetching={query.isFetching}
            count={count}
          />
        </Stack>
      )}
    </>
  );
}
