import { Button, Group, Text } from '@mantine/core';

interface PagerProps {
  pageNumber: number;
  hasPrevious: boolean;
  nextCursor: string | null | undefined;
  onPrevious: () => void;
  onNext: (cursor: string) => void;
  /** Shown while a page change is loading. */
  fetching?: boolean;
  /** What the list holds: "1,234 accounts", or "50 accounts on this page" when the total is unknown. */
  count: string;
}

/** Previous / Next paging over the API's opaque cursors. */
export function Pager({ pageNumber, hasPrevious, nextCursor, onPrevious, onNext, fetching, count }: PagerProps) {
  if (!hasPrevious && !nextCursor) {
    return (
      <Text size="sm" c="dimmed" aria-live="polite">
        {count}
      </Text>
    );
  }
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        Page {pageNumber} · {count}
      </Text>
      <Group gap="xs" role="navigation" aria-label="Pagination">
        <Button variant="default" size="xs" disabled={!hasPrevious || fetching} onClick={onPrevious}>
          Previous
        </Button>
        <Button variant="default" size="xs" disabled={!nextCursor || fetching} loading={fetching} onClick={() => nextCursor && onNext(nextCursor)}>
          Next
        </Button>
      </Group>
    </Group>
  );
}
