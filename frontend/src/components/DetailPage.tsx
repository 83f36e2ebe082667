import { Alert, Anchor, Breadcrumbs, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorState } from './QueryState';
import { Truncated } from './Truncated';

/** The list page a detail page belongs to, e.g. `{ to: '/accounts', label: 'Accounts' }`. */
export interface ParentList {
  to: string;
  label: string;
}

export function DetailBreadcrumbs({ list, name }: { list: ParentList; name: string }) {
  return (
    <Breadcrumbs mb="xs">
      <Anchor component={Link} to={list.to}>
        {list.label}
      </Anchor>
      <Truncated text={name} maw="40rem" />
    </Breadcrumbs>
  );
}

/** Placeholder while the record loads: a title bar and one block per given height. */
export function DetailPageSkeleton({ list, blockHeights }: { list: ParentList; blockHeights: number[] }) {
  return (
    <Stack aria-busy="true">
      <DetailBreadcrumbs list={list} name="…" />
      <Skeleton height={32} width="40%" />
      {blockHeights.map((h, i) => (
        <Skeleton key={i} height={h} />
      ))}
    </Stack>
  );
}

/** The record could not be loaded at all: the error and a way back to the list. */
export function DetailLoadError({ list, name, error, onRetry, title }: { list: ParentList; name: string; error: unknown; onRetry: () => void; title: string }) {
  return (
    <Stack>
      <DetailBreadcrumbs list={list} name={name} />
      <ErrorState error={error} onRetry={onRetry} title={title} />
      <Group>
        <Button component={Link} to={list.to} variant="default">
          {`Back to ${list.label.toLowerCase()}`}
        </Button>
      </Group>
    </Stack>
  );
}

/** A refetch failed but an earlier version of the record is still shown. */
export function StaleVersionAlert({ message }: { message: string }) {
  return (
    <Alert color="yellow" mb="md" role="status">
      Showing the last loaded version: {message}
    </Alert>
  );
}

/** One labelled value in a `<dl>` facts grid. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}
