import { Anchor, Badge, Card, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { TierBadge } from '../../components/badges';
import { formatInteger, formatMoney } from '../../components/format';
import { ListFooter } from '../../components/ListFooter';
import { useListUrlState, type ListUrlCodec } from '../../components/list-url-state';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { SkeletonRows } from '../../components/SkeletonRows';
import { useMe } from '../auth/api';
import { NotAllowed } from '../auth/NotAllowed';
import { canSeeWorkload } from '../auth/permissions';
import { UserMultiSelect, UserSelect } from '../users/UserSelect';
import { capacityLabel, tiersScarcestFirst, useWorkload, type OwnerWorkload, type TierWorkload, type WorkloadFilters } from './api';

const COLUMNS = 8;
const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function accountsLink(owner: OwnerWorkload, tier?: TierWorkload['tier']) {
  const sp = new URLSearchParams({ ownerId: owner.ownerId });
  if (tier) sp.set('tier', tier);
  return `/accounts?${sp.toString()}`;
}

function singleThreadedLink(owner: OwnerWorkload, tier?: TierWorkload['tier']) {
  const sp = new URLSearchParams({ ownerId: owner.ownerId, singleThreaded: 'true' });
  if (tier) sp.set('tier', tier);
  return `/accounts?${sp.toString()}`;
}

/** Accounts under their tier's coverage rule, linked to the filtered account list when there are any. */
function SingleThreaded({ owner, tier, value }: { owner: OwnerWorkload; tier?: TierWorkload['tier']; value: number }) {
  if (value === 0) return <Attention value={0} color="orange" label="single-threaded accounts" />;
  return (
    <Anchor
      component={Link}
      to={singleThreadedLink(owner, tier)}
      size="sm"
      fw={700}
      c="orange"
      style={numeric}
      aria-label={`${value} single-threaded accounts`}
    >
      {formatInteger(value)}
    </Anchor>
  );
}

/** Accounts past their tier's touch cadence, linked to the filtered account list when there are any. */
function TouchOverdue({ owner, tier, value }: { owner: OwnerWorkload; tier?: TierWorkload['tier']; value: number }) {
  if (value === 0) return <Attention value={0} color="yellow" label="touch-overdue accounts" />;
  const sp = new URLSearchParams({ ownerId: owner.ownerId, touchOverdue: 'true' });
  if (tier) sp.set('tier', tier);
  return (
    <Anchor component={Link} to={`/accounts?${sp.toString()}`} size="sm" fw={700} c="yellow.8" style={numeric} aria-label={`${value} touch-overdue accounts`}>
      {formatInteger(value)}
    </Anchor>
  );
}

/** KEY and STRATEGIC accounts with a plan missing or stale, linked to the account list filtered by each. */
function Plans({ owner, tier, figures }: { owner: OwnerWorkload; tier?: TierWorkload['tier']; figures: OwnerWorkload['total'] }) {
  const link = (flag: 'planMissing' | 'planStale', value: number, label: string) => {
    if (value === 0) return <Attention value={0} color="grape" label={label} />;
    const sp = new URLSearchParams({ ownerId: owner.ownerId, [flag]: 'true' });
    if (tier) sp.set('tier', tier);
    return (
      <Anchor component={Link} to={`/accounts?${sp.toString()}`} size="sm" fw={700} c="grape" style={numeric} aria-label={`${value} ${label}`}>
        {formatInteger(value)}
      </Anchor>
    );
  };
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      {link('planMissing', figures.planMissing, 'accounts missing a plan')}
      <Text size="sm" c="dimmed">
        /
      </Text>
      {link('planStale', figures.planStale, 'accounts with a stale plan')}
    </Group>
  );
}

function followUpsLink(owner: OwnerWorkload, tier?: TierWorkload['tier']) {
  const sp = new URLSearchParams({ ownerId: owner.ownerId, failing: 'true' });
  if (tier) sp.set('tier', tier);
  return `/qbrs?${sp.toString()}`;
}

/** A count that needs attention shows in colour when it is not zero. */
function Attention({ value, color, label }: { value: number; color: string; label: string }) {
  return (
    <Text size="sm" fw={value > 0 ? 700 : 400} c={value > 0 ? color : 'dimmed'} style={numeric} aria-label={`${value} ${label}`}>
      {formatInteger(value)}
    </Text>
  );
}

function TierRow({ owner, t }: { owner: OwnerWorkload; t: TierWorkload }) {
  return (
    <Table.Tr data-tier={t.tier} data-over={t.overCapacity || undefined}>
      <Table.Td>
        <TierBadge tier={t.tier} size="xs" />
      </Table.Td>
      <Table.Td ta="right" bg={t.overCapacity ? 'var(--mantine-color-red-light)' : undefined}>
        <Anchor
          component={Link}
          to={accountsLink(owner, t.tier)}
          size="sm"
          style={numeric}
          c={t.overCapacity ? 'red' : undefined}
          fw={t.overCapacity ? 700 : 400}
        >
          {capacityLabel(t.figures.accounts, t.limit)}
        </Anchor>
        {t.overCapacity && <VisuallyHidden> (over capacity)</VisuallyHidden>}
        {t.reserved > 0 && (
          <Text size="xs" c="dimmed" style={numeric}>
            +{formatInteger(t.reserved)} in open handoffs
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right" style={numeric}>
        <Text size="sm">{formatMoney(t.figures.arr)}</Text>
      </Table.Td>
      <Table.Td ta="right">
        <Attention value={t.figures.overdueQbrs} color="orange" label="overdue QBRs" />
      </Table.Td>
      <Table.Td ta="right">
        {t.figures.openFailingFollowUps > 0 ? (
          <Anchor component={Link} to={followUpsLink(owner, t.tier)} size="sm" fw={700} c="red" style={numeric}>
            {formatInteger(t.figures.openFailingFollowUps)}
          </Anchor>
        ) : (
          <Attention value={0} color="red" label="open follow-ups" />
        )}
      </Table.Td>
      <Table.Td ta="right">
        <SingleThreaded owner={owner} tier={t.tier} value={t.figures.singleThreaded} />
      </Table.Td>
      <Table.Td ta="right">
        <TouchOverdue owner={owner} tier={t.tier} value={t.figures.touchOverdue} />
      </Table.Td>
      <Table.Td ta="right">
        <Plans owner={owner} tier={t.tier} figures={t.figures} />
      </Table.Td>
    </Table.Tr>
  );
}

function OwnerRows({ owner }: { owner: OwnerWorkload }) {
  const tiers = tiersScarcestFirst(owner);
  const span = tiers.length + 1;
  return (
    <Fragment>
      <Table.Tr data-owner={owner.ownerId} style={{ borderTop: '2px solid var(--mantine-color-gray-3)' }}>
        <Table.Td rowSpan={span} style={{ verticalAlign: 'top', maxWidth: 260, wordBreak: 'break-word' }}>
          <Stack gap={4}>
            <Anchor component={Link} to={accountsLink(owner)} fw={600}>
              {owner.ownerName}
            </Anchor>
            <Group gap={4}>
              {!owner.ownerActive && (
                <Badge size="xs" color="gray" variant="outline">
                  Deactivated
                </Badge>
              )}
              {owner.overCapacity ? (
                <Badge size="xs" color="red">
                  Over capacity
                </Badge>
              ) : (
                <Badge size="xs" color="green" variant="light">
                  Within limits
                </Badge>
              )}
            </Group>
          </Stack>
        </Table.Td>
        <Table.Td>
          <Text size="sm" fw={700}>
            All tiers
          </Text>
        </Table.Td>
        <Table.Td ta="right">
          <Text size="sm" fw={700} style={numeric}>
            {formatInteger(owner.total.accounts)}
          </Text>
        </Table.Td>
        <Table.Td ta="right">
          <Text size="sm" fw={700} style={numeric}>
            {formatMoney(owner.total.arr)}
          </Text>
        </Table.Td>
        <Table.Td ta="right">
          <Attention value={owner.total.overdueQbrs} color="orange" label="overdue QBRs" />
        </Table.Td>
        <Table.Td ta="right">
          <Attention value={owner.total.openFailingFollowUps} color="red" label="open follow-ups" />
        </Table.Td>
        <Table.Td ta="right">
          <SingleThreaded owner={owner} value={owner.total.singleThreaded} />
        </Table.Td>
        <Table.Td ta="right">
          <TouchOverdue owner={owner} value={owner.total.touchOverdue} />
        </Table.Td>
        <Table.Td ta="right">
          <Plans owner={owner} figures={owner.total} />
        </Table.Td>
      </Table.Tr>
      {tiers.map((t) => (
        <TierRow key={t.tier} owner={owner} t={t} />
      ))}
    </Fragment>
  );
}

const workloadCodec: ListUrlCodec<WorkloadFilters> = {
  parse: (sp) => ({ ownerId: sp.getAll('ownerId').filter(Boolean), managerId: sp.get('managerId') || null }),
  serialize: ({ ownerId, managerId }) => {
    const sp = new URLSearchParams(ownerId.map((id) => ['ownerId', id]));
    if (managerId) sp.set('managerId', managerId);
    return sp;
  },
};

function Workload() {
  const { filters, setFilters, paging } = useListUrlState(workloadCodec);
  const ownerIds = filters.ownerId;
  const workload = useWorkload(filters, paging.cursor);
  const items = workload.data?.items ?? [];
  const over = items.filter((o) => o.overCapacity).length;

  return (
    <>
      <PageHeader
        title="Workload"
        description="Each owner's live accounts per tier: ARR, QBRs past due, follow-ups of failing QBRs still open, accounts that hang on too few people (single-threaded), and how many accounts each tier holds against its limit."
      />
      <Group mb="md" align="flex-end">
        <UserMultiSelect label="Owners" value={ownerIds} onChange={(ids) => setFilters({ ownerId: ids })} w={360} />
        <UserSelect
          label="Manager’s team"
          description="Who reports to this manager, and the manager"
          placeholder="Any manager"
          value={filters.managerId}
          onChange={(id) => setFilters({ managerId: id })}
          onlyActive={false}
          w={280}
        />
        {workload.isSuccess && over > 0 && (
          <Badge color="red" variant="light" size="lg">
            {over} owner{over === 1 ? '' : 's'} over capacity on this page
          </Badge>
        )}
      </Group>
      <Card withBorder p={0}>
        {workload.isError && !workload.data ? (
          <Stack p="md">
            <ErrorState error={workload.error} onRetry={() => void workload.refetch()} title="Could not load the workload" />
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={980}>
            <Table verticalSpacing={6} aria-label="Workload by owner and tier" aria-busy={workload.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Tier</Table.Th>
                  <Table.Th ta="right">Accounts / capacity</Table.Th>
                  <Table.Th ta="right">ARR</Table.Th>
                  <Table.Th ta="right">Overdue QBRs</Table.Th>
                  <Table.Th ta="right">Open failing follow-ups</Table.Th>
                  <Table.Th ta="right">Single-threaded</Table.Th>
                  <Table.Th ta="right">Touch overdue</Table.Th>
                  <Table.Th ta="right">Plans missing / stale</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody style={{ opacity: workload.isPlaceholderData ? 0.6 : 1 }}>
                {workload.isPending && <SkeletonRows columns={COLUMNS} />}
                {items.map((o) => (
                  <OwnerRows key={o.ownerId} owner={o} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {workload.isSuccess && items.length === 0 && (
          <EmptyState
            title={
              filters.managerId
                ? 'Nobody on this manager’s team holds accounts'
                : ownerIds.length
                  ? 'These owners hold no accounts'
                  : 'No owner holds accounts yet'
            }
          >
            Give accounts an owner to see the workload here.
          </EmptyState>
        )}
        <ListFooter query={workload} paging={paging} itemCount={items.length} label={['owner', 'owners']} />
      </Card>
    </>
  );
}

export function WorkloadPage() {
  const me = useMe().data;
  if (!canSeeWorkload(me)) return <NotAllowed title="Workload">The workload of every owner is for managers and admins.</NotAllowed>;
  return <Workload />;
}
