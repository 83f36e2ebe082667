import { Center, Group, Table, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

interface SortableThProps {
  children: ReactNode;
  /** 'asc' | 'desc' when this column is the primary sort, otherwise null. */
  direction: 'asc' | 'desc' | null;
  onSort: () => void;
  align?: 'left' | 'right';
  w?: number | string;
}

/** A column header that sorts on click or Enter/Space, announcing its state with aria-sort. */
export function SortableTh({ children, direction, onSort, align = 'left', w }: SortableThProps) {
  const ariaSort = direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
  const arrow = direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕';
  return (
    <Table.Th aria-sort={ariaSort} w={w} style={{ whiteSpace: 'nowrap' }}>
      <UnstyledButton onClick={onSort} style={{ width: '100%' }}>
        <Group justify={align === 'right' ? 'flex-end' : 'flex-start'} gap={4} wrap="nowrap">
          <Text fw={600} size="sm">
            {children}
          </Text>
          <Center c={direction ? undefined : 'dimmed'} aria-hidden fz="xs">
            {arrow}
          </Center>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
