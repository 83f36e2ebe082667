import { Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { TierBadge } from '../../components/badges';
import { formatDateTime } from '../../components/format';
import { ListFooter } from '../../components/ListFooter';
import { NO_FILTERS, useListUrlState } from '../../components/list-url-state';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { useTierHistory } from './api';
import { Truncated } from '../../components/Truncated';

export function TierHistory({ accountId }: { accountId: string }) {
  const { paging } = useListUrlState(NO_FILTERS, { prefix: 'tiers' });
  const history = useTierHistory(accountId, paging.cursor);
  const items = history.data?.items ?? [];

  return (
    <Card withBorder component="section" aria-labelledby="tier-history-title">
      <Title order={3} size="h4" id="tier-history-title" mb="sm">
        Tier history
      </Title>
      {history.isPending && (
        <Stack gap="xs">
          <Skeleton height={18} />
          <Skeleton height={18} />
        </Stack>
      )}
      {history.isError && !history.data && <ErrorState error={history.error} onRetry={() => void history.refetch()} title="Could not load the tier history" />}
      {history.isSuccess && items.length === 0 && <EmptyState title="No tier changes yet" />}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="xs" aria-label="Tier history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Change</Table.Th>
                <Table.Th>Reason</Table.Th>
                <Table.Th>By</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id} style={{ opacity: history.isPlaceholderData ? 0.6 : 1 }}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(c.changedAt)}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      {c.fromTier ? (
                        <TierBadge tier={c.fromTier} size="xs" />
                      ) : (
                        <Text size="xs" c="dimmed">
                          Created as
                        </Text>
                      )}
                      {c.fromTier && (
                        <Text size="xs" aria-label="to">
                          →
                        </Text>
                      )}
                      <TierBadge tier={c.toTier} size="xs" />
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{c.reason}</Table.Td>
                  <Table.Td>
                    {c.changedBy ? (
                      <Truncated text={c.changedBy} maw="14rem" />
                    ) : (
                      <Text span c="dimmed" size="sm">
                        —
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ListFooter query={history} paging={paging} itemCount={items.length} label={['tier change', 'tier changes']} showPageError pagerWhen="severalPages" />
    </Card>
  );
}
