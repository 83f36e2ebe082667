import { Anchor, Card, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { TierBadge } from '../../components/badges';
import { formatDate } from '../../components/format';
import { ListFooter } from '../../components/ListFooter';
import { NO_FILTERS, useListUrlState } from '../../components/list-url-state';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { Truncated } from '../../components/Truncated';
import { useMe } from '../auth/api';
import { useIncomingHandoffs } from './api';

/** The dashboard's list of open handoffs to the signed-in person; shown only to those who can own accounts. */
export function IncomingHandoffs() {
  const me = useMe().data;
  const { paging } = useListUrlState(NO_FILTERS, { prefix: 'handoffs' });
  const incoming = useIncomingHandoffs(me?.user.id, paging.cursor);
  if (!me || me.user.role === 'VIEWER') return null;
  const items = incoming.data?.items ?? [];

  return (
    <Card withBorder component="section" aria-labelledby="incoming-handoffs-title">
      <Title order={3} size="h4" id="incoming-handoffs-title" mb="sm">
        Handoffs waiting for you
      </Title>
      {incoming.isPending && (
        <Stack gap="xs">
          <Skeleton height={18} />
          <Skeleton height={18} />
        </Stack>
      )}
      {incoming.isError && !incoming.data && <ErrorState error={incoming.error} onRetry={() => void incoming.refetch()} title="Could not load your handoffs" />}
      {incoming.isSuccess && items.length === 0 && (
        <EmptyState title="Nothing waiting for you">When someone hands a KEY or STRATEGIC account over to you, it shows here to read and accept.</EmptyState>
      )}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" aria-label="Handoffs waiting for you">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Account</Table.Th>
                <Table.Th>Tier</Table.Th>
                <Table.Th>From</Table.Th>
                <Table.Th>Since</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((h) => (
                <Table.Tr key={h.id} style={{ opacity: incoming.isPlaceholderData ? 0.6 : 1 }}>
                  <Table.Td>
                    <Anchor component={Link} to={`/handoffs/${h.id}`} size="sm">
                      <Truncated text={h.accountName} maw="20rem" />
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <TierBadge tier={h.tier} size="xs" />
                  </Table.Td>
                  <Table.Td>
                    {h.fromUserName ? (
                      <Truncated text={h.fromUserName} maw="14rem" />
                    ) : (
                      <Text span c="dimmed" size="sm">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(h.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ListFooter query={incoming} paging={paging} itemCount={items.length} label={['handoff', 'handoffs']} showPageError pagerWhen="severalPages" />
    </Card>
  );
}
