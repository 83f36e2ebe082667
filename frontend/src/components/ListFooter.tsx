import { Stack } from '@mantine/core';
import type { useCursorStack } from './cursor-stack';
import { Pager } from './Pager';
import { ErrorState } from './QueryState';

/** The parts of a TanStack query over one cursor-paged list that the footer reads. */
interface PagedListQuery {
  data: { nextCursor: string | null } | undefined;
  error: unknown;
  isError: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

interface ListFooterProps {
  query: PagedListQuery;
  paging: Pick<ReturnType<typeof useCursorStack>, 'pageNumber' | 'hasPrevious' | 'previous' | 'next'>;
  /** Rows on the current page. */
  itemCount: number;
  label: string;
  /** Show a retry alert when loading another page failed (the last page stays shown). */
  showPageError?: boolean;
  /**
   * When the pager shows: `loaded` once a page is there; `notEmpty` unless the first page is empty;
   * `severalPages` only when there is more than one page.
   */
  pagerWhen?: 'loaded' | 'notEmpty' | 'severalPages';
}

/** Bottom of a cursor-paged list card: the failed-page alert and the Pager. */
export function ListFooter({ query, paging, itemCount, label, showPageError = false, pagerWhen = 'loaded' }: ListFooterProps) {
  const data = query.data;
  if (!data) return null;
  const showPager =
    pagerWhen === 'notEmpty' ? itemCount > 0 || paging.hasPrevious : pagerWhen === 'severalPages' ? !!data.nextCursor || paging.hasPrevious : true;
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
            itemCount={itemCount}
            label={label}
          />
        </Stack>
      )}
    </>
  );
}
