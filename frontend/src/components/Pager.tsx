import { Button, Group, Text } from '@mantine/core';

interface PagerProps {
  pageNumber: number;
  hasPrevious: boolean;
  nextCursor: string | null | undefined;
  onPrevious: () => void;
  onNext: (cursor: string) => void;
  /** Shown while a page change is loading. */
  fetching?: boolean;
  itemCount: number;
  label?: string;
}

/** Previous / Next paging over the API's opaque cursors. */
export function Pager({ pageNumber, hasPrevious, nextCursor, onPrevious, onNext, fetching, itemCount, label = 'items' }: PagerProps) {
  if (!hasPrevious && !nextCursor) {
    return (
      <Text size="sm" c="dimmed" aria-live="polite">
        {itemCount} {label}
      </Text>
    );
  }
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        Page {pageNumber} · {itemCount} {label} on this page
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
