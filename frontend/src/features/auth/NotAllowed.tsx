import { Alert, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageHeader } from '../../components/PageHeader';

/** A page the signed-in person's role does not open. */
export function NotAllowed({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <PageHeader title={title} />
      <Alert color="orange" variant="light" title="Not available to you" role="alert" maw={720}>
        <Text size="sm">{children}</Text>
      </Alert>
    </>
  );
}
