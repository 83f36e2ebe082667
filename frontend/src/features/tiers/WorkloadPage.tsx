import { Anchor, Badge, Card, Group, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { TierBadge } from '../../components/badges';
import { PageHeader } from '../../components/PageHeader';
import { ListFooter } from '../../components/ListFooter';
import { useListUrlState, type ListUrlCodec } from '../../components/list-url-state';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { UserMultiSelect } from '../users/UserSelect';
import { useTierCapacity, type OwnerCapacity, type Tier } from './api';
import { tierValues } from '../../api/schema';

export function usageLabel(used: number, limit: number | null | undefined): string {
  return limit === null || limit === undefined ? `${used} / no limit` : `${used} / ${limit}`;
}

function Cell({ owner, tier }: { owner: OwnerCapacity; tier: Tier }) {
  const usage = owner.tiers.find((t) => t.tier === tier);
  if (!usage) return <Table.Td c="dimmed">—</Table.Td>;
  const label = usageLabel(usage.used, usage.limit);
  return (
    <Table.Td
      ta="right"
      style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
      bg={usage.overCapacity ? 'var(--mantine-color-red-light)' : undefined}
      data-over={usage.overCapacity || undefined}
    >
      <Text span fw={usage.overCapacity ? 700 : 400} c={usage.overCapacity ? 'red' : undefined} size="sm">
        {label}
      </Text>
      {usage.overCapacity && <VisuallyHidden> (over capacity)</VisuallyHidden>}
    </Table.Td>
  );
}

const ownerCodec: ListUrlCodec<{ ownerId: string[] }> = {
  parse: (sp) => ({ ownerId: sp.getAll('ownerId').filter(Boolean) }),
  serialize: ({ ownerId }) => new URLSearchParams(ownerId.map((id) => ['ownerId', id])),
};

export function WorkloadPage() {
  const {
    filters: { ownerId },
    setFilters,
    paging,
  } = useListUrlState(ownerCodec);
  const capacity = useTierCapacity(ownerId, paging.cursor);
  const items = capacity.data?.items ?? [];
  const over = items.filter((o) => o.overCapacity).length;
  const tiers = [...tierValues].reverse();

  return (
    <>
      <PageHeader title="Workload" description="Accounts each owner holds per tier against the tier limits. Owners over a limit are highlighted." />
      <Group mb="md" align="flex-end">
        <UserMultiSelect label="Owner" value={ownerId} onChange={(ids) => setFilters({ ownerId: ids })} w={280} />
        {capacity.isSuccess && over > 0 && (
          <Badge color="red" variant="light" size="lg">
            {over} owner{over === 1 ? '' : 's'} over capacity on this page
          </Badge>
        )}
      </Group>
      <Card withBorder p={0}>
        {capacity.isPending && (
          <Stack p="md">
            <Skeleton height={24} />
            <Skeleton height={24} />
            <Skeleton height={24} />
          </Stack>
        )}
        {capacity.isError && !capacity.data && (
          <Stack p="md">
            <ErrorState error={capacity.error} onRetry={() => void capacity.refetch()} title="Could not load the workload" />
          </Stack>
        )}
        {capacity.data && items.length === 0 && (
          <EmptyState title={ownerId.length ? 'These owners hold no accounts' : 'No owner holds accounts yet'}>
            Give accounts an owner to see the workload here.
          </EmptyState>
        )}
        {items.length > 0 && (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" aria-label="Workload by owner and tier" aria-busy={capacity.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Owner</Table.Th>
                  {tiers.map((t) => (
                    <Table.Th key={t} ta="right">
                      <TierBadge tier={t} size="xs" />
                    </Table.Th>
                  ))}
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((o) => (
                  <Table.Tr
                    key={o.ownerId}
                    data-over-capacity={o.overCapacity || undefined}
                    style={o.overCapacity ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-red-6)' } : undefined}
                  >
                    <Table.Td>
                      <Anchor component={Link} to={`/accounts?ownerId=${encodeURIComponent(o.ownerId)}`} fw={o.overCapacity ? 700 : 500}>
                        {o.ownerName}
                      </Anchor>
                    </Table.Td>
                    {tiers.map((t) => (
                      <Cell key={t} owner={o} tier={t} />
                    ))}
                    <Table.Td>
                      {o.overCapacity ? (
                        <Badge color="red">Over capacity</Badge>
                      ) : (
                        <Badge color="green" variant="light">
                          Within limits
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <ListFooter query={capacity} paging={paging} itemCount={items.length} label={['owner', 'owners']} />
      </Card>
    </>
  );
}
