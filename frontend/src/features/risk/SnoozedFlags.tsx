import { Alert, Anchor, Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/problem';
import { formatDate, formatDateTime, formatInteger, orEmpty } from '../../components/format';
import { Pager } from '../../components/Pager';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryState';
import { Truncated } from '../../components/Truncated';
import { useEndSnooze, useRiskSnoozes, type RiskFlag, type RiskSnooze } from './api';
import { FLAG_LABELS } from './labels';

/** Managers' list of the snoozes still holding (of the report's owners), page by page, each with Unsnooze. */
export function SnoozedFlags({ ownerId }: { ownerId: string[] }) {
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const snoozes = useRiskSnoozes(ownerId, cursor, true);
  const end = useEndSnooze();
  const [failure, setFailure] = useState<string | null>(null);
  const ownersKey = ownerId.join(',');
  const [shownFor, setShownFor] = useState(ownersKey);
  if (shownFor !== ownersKey) {
    // Other owners: back to the first page.
    setShownFor(ownersKey);
    setCursors([]);
  }

  const unsnooze = async (s: RiskSnooze) => {
    setFailure(null);
    try {
      await end.mutateAsync({ accountId: s.accountId, flag: s.flag as RiskFlag });
      notifications.show({
        color: 'green',
        title: 'Snooze ended',
        message: `${FLAG_LABELS[s.flag as RiskFlag]} counts again for ${s.accountName}.`,
      });
    } catch (err) {
      setFailure(`The snooze of ${FLAG_LABELS[s.flag as RiskFlag]} on ${s.accountName} was not ended. ${errorMessage(err)}`);
    }
  };

  const page = snoozes.data;
  return (
    <Card withBorder component="section" aria-labelledby="risk-snoozed">
      <Title order={3} size="h5" id="risk-snoozed" mb="sm">
        Snoozed flags
      </Title>
      <Stack gap="sm">
        {failure && (
          <Alert color="red" title="Not unsnoozed" role="alert" withCloseButton onClose={() => setFailure(null)}>
            <Text size="sm">{failure}</Text>
          </Alert>
        )}
        {snoozes.isPending && <LoadingState label="Loading the snoozed flags…" />}
        {snoozes.isError && !page && <ErrorState error={snoozes.error} onRetry={() => void snoozes.refetch()} title="Could not load the snoozed flags" />}
        {page && page.items.length === 0 && cursors.length === 0 && (
          <EmptyState title="Nothing snoozed">No flag of a live account matching the filters is snoozed now.</EmptyState>
        )}
        {page && page.items.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table aria-label="Snoozed flags">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Account</Table.Th>
                  <Table.Th>Flag</Table.Th>
                  <Table.Th>Reason</Table.Th>
                  <Table.Th>Until</Table.Th>
                  <Table.Th>Snoozed by</Table.Th>
                  <Table.Th aria-label="Actions" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((s) => (
                  <Table.Tr key={`${s.accountId}-${s.flag}`}>
                    <Table.Td>
                      <Anchor component={Link} to={`/accounts/${s.accountId}`}>
                        {s.accountName}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {orEmpty(s.ownerName)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{FLAG_LABELS[s.flag as RiskFlag]}</Table.Td>
                    <Table.Td maw={320}>
                      <Truncated text={s.reason} />
                    </Table.Td>
                    <Table.Td>{formatDate(s.endsOn)}</Table.Td>
                    <Table.Td>
                      {orEmpty(s.snoozedByName)}
                      <Text size="xs" c="dimmed">
                        {formatDateTime(s.snoozedAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        loading={end.isPending && end.variables?.accountId === s.accountId && end.variables.flag === s.flag}
                        onClick={() => void unsnooze(s)}
                        aria-label={`Unsnooze ${FLAG_LABELS[s.flag as RiskFlag]} on ${s.accountName}`}
                      >
                        Unsnooze
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {page && (page.items.length > 0 || cursors.length > 0) && (
          <Pager
            pageNumber={cursors.length + 1}
            hasPrevious={cursors.length > 0}
            nextCursor={page.nextCursor}
            onPrevious={() => setCursors((c) => c.slice(0, -1))}
            onNext={(next) => setCursors((c) => [...c, next])}
            fetching={snoozes.isFetching}
            count={`${formatInteger(page.total)} snoozed flag${page.total === 1 ? '' : 's'}`}
          />
        )}
      </Stack>
    </Card>
  );
}
