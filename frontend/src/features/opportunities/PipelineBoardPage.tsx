import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { Alert, Anchor, Box, Button, Card, Group, MultiSelect, Paper, ScrollArea, Skeleton, Stack, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Schemas } from '../../api/client';
import { tierOptions } from '../../components/badges';
import { formatDate, formatInteger, formatMoney, formatMoneyCompact } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState } from '../../components/QueryState';
import { UserMultiSelect } from '../users/UserSelect';
import { opportunityKeys, useBoardColumn, useMoveStage, usePipelineSummary } from './api';
import { EventBadge, TypeBadge } from './badges';
import { columnKeyboardCoordinates } from './board-keyboard';
import { opportunityErrorMessage } from './errors';
import { boardColumnQuery, boardFiltersFromSearchParams, boardFiltersToSearchParams, type BoardColumnQuery, type BoardFilters } from './filters';
import { STAGE_COLOR, STAGE_PROBABILITY, columnTotals, planDrop, quarterOf, stageLabel, typeOptions, type Opportunity, type Stage } from './model';
import { NewOpportunityModal } from './OpportunityFormModal';
import { useMe, type Me } from '../auth/api';
import { canCreateOpportunity } from '../auth/permissions';
import { canMoveCard } from './access';
import { LostReasonModal, WonConfirmModal } from './StageDialogs';
import { stageValues } from '../../api/schema';

type Page = Schemas['OpportunityPage'];

/** Narrow enough for all six stages side by side in the content area of a 1440 px screen (about 1,170 px). */
const BOARD_COLUMN_MIN_PX = 160;

const INSTRUCTIONS =
  'To move an opportunity, focus its drag handle and press Space or Enter to pick it up. ' +
  'Use the left and right arrow keys to move it to another stage, then press Space or Enter to drop it, or Escape to cancel.';

const stageOf = (id: unknown): Stage | null => ((stageValues as readonly unknown[]).includes(id) ? (id as Stage) : null);

/** Pointer first (precise for a mouse), the card's rectangle for the keyboard. */
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : rectIntersection(args);
};

function CardBody({ o, handle }: { o: Opportunity; handle?: React.ReactNode }) {
  return (
    <Stack gap={4}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap={4}>
        {/* Columns are narrow: the title is clamped to three lines and shown whole on hover or focus. */}
        <Tooltip label={o.title} multiline w={280} openDelay={300} withinPortal events={{ hover: true, focus: true, touch: false }}>
          <Anchor component={Link} to={`/opportunities/${o.id}`} fw={600} size="sm" draggable={false} lineClamp={3} style={{ wordBreak: 'break-word' }}>
            {o.title}
          </Anchor>
        </Tooltip>
        {handle}
      </Group>
      <Text size="xs" c="dimmed" lineClamp={1} title={o.accountName} style={{ wordBreak: 'break-all' }}>
        {o.accountName}
      </Text>
      <Group justify="space-between" gap={4} wrap="wrap">
        <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatMoney(o.amount)}
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {o.closed ? `closed ${formatDate(o.closedAt)}` : formatDate(o.expectedCloseDate)}
        </Text>
      </Group>
      <Group gap={4}>
        <TypeBadge type={o.type} />
        {o.compellingEvent && <EventBadge event={o.compellingEvent} size="xs" />}
      </Group>
    </Stack>
  );
}

function DraggableCard({ o, moving, movable }: { o: Opportunity; moving: boolean; movable: boolean }) {
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({
    id: o.id,
    data: { opportunity: o },
    disabled: !movable || moving,
  });
  const handle = !movable ? null : (
    <UnstyledButton
      ref={setActivatorNodeRef}
      {...attributes}
      aria-label={`Move ${o.title}`}
      c="dimmed"
      px={4}
      style={{ cursor: 'grab', lineHeight: 1, borderRadius: 4, flexShrink: 0 }}
      className="board-handle"
    >
      <span aria-hidden>⠿</span>
    </UnstyledButton>
  );
  return (
    <Card
      ref={setNodeRef}
      {...(movable ? listeners : {})}
      withBorder
      padding="xs"
      radius="sm"
      data-testid="opportunity-card"
      data-stage={o.stage}
      aria-label={o.title}
      component="article"
      style={{
        opacity: isDragging || moving ? 0.4 : 1,
        cursor: movable ? 'grab' : 'default',
        touchAction: 'manipulation',
        borderLeft: `3px solid var(--mantine-color-${STAGE_COLOR[o.stage]}-5)`,
      }}
      title={o.closed ? 'Closed: open it to reopen' : movable ? undefined : 'Only its owner or a manager moves this opportunity'}
    >
      <CardBody o={o} handle={handle} />
    </Card>
  );
}

interface ColumnProps {
  stage: Stage;
  query: BoardColumnQuery;
  totals: ReturnType<typeof columnTotals>;
  movingId: string | null;
  me: Me | null | undefined;
}

function Column({ stage, query, totals, movingId, me }: ColumnProps) {
  const { setNodeRef, isOver, active } = useDroppable({ id: stage });
  const column = useBoardColumn(stage, query);
  const closed = stage === 'WON' || stage === 'LOST';
  const cards = column.data?.pages.flatMap((p) => p.items) ?? [];
  const dragged = active?.data.current?.opportunity as Opportunity | undefined;
  const plan = dragged ? planDrop(dragged, stage) : null;
  const highlight = isOver && plan && plan.kind !== 'none';
  const titleId = `column-${stage}`;

  return (
    <Paper
      ref={setNodeRef}
      withBorder
      radius="md"
      p="xs"
      bg={highlight ? `var(--mantine-color-${STAGE_COLOR[stage]}-0)` : 'var(--mantine-color-gray-0)'}
      style={{ outline: highlight ? `2px dashed var(--mantine-color-${STAGE_COLOR[stage]}-5)` : undefined, minHeight: 320 }}
      component="section"
      aria-labelledby={titleId}
      data-testid={`column-${stage}`}
    >
      <Stack gap={2} mb="xs" px={2}>
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h6" id={titleId} c={`${STAGE_COLOR[stage]}.8`} tt="uppercase">
            {stageLabel(stage)}
          </Title>
          <Text size="xs" c="dimmed">
            {closed ? 'this quarter' : `${STAGE_PROBABILITY[stage]}%`}
          </Text>
        </Group>
        {totals ? (
          <Text
            size="xs"
            c="dimmed"
            data-testid={`totals-${stage}`}
            aria-label={`${stageLabel(stage)}: ${totals.count} opportunities, ${formatMoney(totals.amount)}, weighted ${formatMoney(totals.weightedAmount)}`}
          >
            <b>{formatInteger(totals.count)}</b> · {formatMoneyCompact(totals.amount)}
            {stage !== 'LOST' && <> · weighted {formatMoneyCompact(totals.weightedAmount)}</>}
          </Text>
        ) : (
          <Skeleton height={12} width="70%" />
        )}
      </Stack>
      <Stack gap="xs">
        {column.isPending && [0, 1].map((i) => <Skeleton key={i} height={96} radius="sm" />)}
        {column.isError && !column.data && (
          <Alert color="red" p="xs" role="alert">
            <Text size="xs">{opportunityErrorMessage(column.error)}</Text>
            <Button size="compact-xs" variant="white" color="red" mt={4} onClick={() => void column.refetch()}>
              Try again
            </Button>
          </Alert>
        )}
        {cards.map((o) => (
          <DraggableCard key={o.id} o={o} moving={movingId === o.id} movable={canMoveCard(me, o)} />
        ))}
        {column.isSuccess && cards.length === 0 && (
          <Text size="xs" c="dimmed" ta="center" py="md">
            {closed ? `Nothing ${stage === 'WON' ? 'won' : 'lost'} this quarter` : 'No opportunities'}
          </Text>
        )}
        {column.hasNextPage && (
          <Button variant="subtle" size="compact-xs" loading={column.isFetchingNextPage} onClick={() => void column.fetchNextPage()}>
            Show more
          </Button>
        )}
        {closed && column.isSuccess && (
          <Anchor component={Link} to={`/opportunities?status=closed&stage=${stage}&sort=-updatedAt`} size="xs" ta="center">
            All {stage === 'WON' ? 'won' : 'lost'} opportunities
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}

/** Moves a card between cached board columns so a drop shows at once; the refetch after the write has the last word. */
function moveInCache(data: InfiniteData<Page> | undefined, remove: string, add?: Opportunity): InfiniteData<Page> | undefined {
  if (!data) return data;
  const pages = data.pages.map((p) => ({ ...p, items: p.items.filter((o) => o.id !== remove) }));
  if (add && pages[0]) pages[0] = { ...pages[0], items: [add, ...pages[0].items] };
  return { ...data, pages };
}

export function PipelineBoardPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => boardFiltersFromSearchParams(searchParams), [searchParams]);
  const update = (patch: Partial<BoardFilters>) => setSearchParams(boardFiltersToSearchParams({ ...filters, ...patch }), { replace: true });
  const quarter = useMemo(() => quarterOf(new Date()), []);
  const summary = usePipelineSummary({ ownerId: filters.ownerId, type: filters.type, tier: filters.tier });
  const qc = useQueryClient();
  const move = useMoveStage();
  const [dragging, setDragging] = useState<Opportunity | null>(null);
  const [pending, setPending] = useState<{ o: Opportunity; stage: 'WON' | 'LOST' } | null>(null);
  const [movingId, setMovingId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [newOpened, newModal] = useDisclosure(false);
  const me = useMe().data;

  const sensors = useSensors(
    // A few pixels of movement before a drag starts, so a click on the title still opens the opportunity.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );

  const s = summary.data;
  const closedWindow = s ? { from: s.from, to: s.to } : undefined;
  const colQuery = (stage: Stage) => boardColumnQuery(stage, filters, closedWindow);
  const colKey = (stage: Stage) => opportunityKeys.board(stage, colQuery(stage));

  const moveOpen = async (o: Opportunity, stage: Stage) => {
    setRefusal(null);
    await qc.cancelQueries({ queryKey: colKey(o.stage) });
    await qc.cancelQueries({ queryKey: colKey(stage) });
    // Cards show the probability, not the weighted amount: that one the server computes, and the refetch brings it.
    const optimistic: Opportunity = { ...o, stage, probability: STAGE_PROBABILITY[stage] };
    qc.setQueryData<InfiniteData<Page>>(colKey(o.stage), (d) => moveInCache(d, o.id));
    qc.setQueryData<InfiniteData<Page>>(colKey(stage), (d) => moveInCache(d, o.id, optimistic));
    setMovingId(o.id);
    move.mutate(
      { id: o.id, stage },
      {
        onSuccess: (u) =>
          notifications.show({ color: 'green', title: `Moved to ${stageLabel(u.stage)}`, message: `${u.title} · probability ${u.probability}%` }),
        // The refetch after the failed write puts the card back where the server has it.
        onError: (err) => setRefusal(`“${o.title}” was not moved: ${opportunityErrorMessage(err)}`),
        onSettled: () => setMovingId(null),
      },
    );
  };

  const onDragStart = (e: DragStartEvent) => {
    setDragging((e.active.data.current?.opportunity as Opportunity | undefined) ?? null);
  };

  const onDragEnd = (e: DragEndEvent) => {
    setDragging(null);
    const o = e.active.data.current?.opportunity as Opportunity | undefined;
    const target = stageOf(e.over?.id);
    if (!o || !target) return;
    const plan = planDrop(o, target);
    switch (plan.kind) {
      case 'none':
        return;
      case 'refuse-closed':
        setRefusal(`“${o.title}” is closed. Open it and use Reopen to move it again.`);
        return;
      case 'confirm-won':
        setPending({ o, stage: 'WON' });
        return;
      case 'ask-loss-reason':
        setPending({ o, stage: 'LOST' });
        return;
      case 'move':
        void moveOpen(o, plan.stage);
    }
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${(active.data.current?.opportunity as Opportunity | undefined)?.title ?? 'opportunity'}.`,
    onDragOver: ({ active, over }) => {
      const title = (active.data.current?.opportunity as Opportunity | undefined)?.title ?? 'Opportunity';
      const s = stageOf(over?.id);
      return s ? `${title} is over ${stageLabel(s)}.` : `${title} is not over a stage.`;
    },
    onDragEnd: ({ active, over }) => {
      const title = (active.data.current?.opportunity as Opportunity | undefined)?.title ?? 'Opportunity';
      const s = stageOf(over?.id);
      return s ? `${title} dropped on ${stageLabel(s)}.` : `${title} dropped outside the stages; nothing changed.`;
    },
    onDragCancel: ({ active }) => `Moving ${(active.data.current?.opportunity as Opportunity | undefined)?.title ?? 'opportunity'} was cancelled.`,
  };

  const filtered = filters.ownerId.length + filters.type.length + filters.tier.length > 0;

  return (
    <>
      <PageHeader
        title="Pipeline"
        description="Open opportunities by stage; drag a card to move it. Won and lost show what closed this quarter."
        actions={
          <>
            <Button component={Link} to="/opportunities" variant="default">
              Table view
            </Button>
            {canCreateOpportunity(me) && <Button onClick={newModal.open}>New opportunity</Button>}
          </>
        }
      />
      <Paper withBorder p="md" mb="md" component="section" aria-label="Filters">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <UserMultiSelect label="Owner" value={filters.ownerId} onChange={(ownerId) => update({ ownerId })} w={240} />
          <MultiSelect
            label="Type"
            placeholder={filters.type.length ? undefined : 'Any type'}
            data={typeOptions}
            value={filters.type}
            onChange={(v) => update({ type: v as BoardFilters['type'] })}
            clearable
            w={220}
          />
          <MultiSelect
            label="Account tier"
            placeholder={filters.tier.length ? undefined : 'Any tier'}
            data={tierOptions}
            value={filters.tier}
            onChange={(v) => update({ tier: v as BoardFilters['tier'] })}
            clearable
            w={220}
          />
          {filtered && (
            <Button variant="subtle" size="xs" mb={4} onClick={() => setSearchParams(new URLSearchParams(), { replace: true })}>
              Clear filters
            </Button>
          )}
          <Box style={{ flex: 1 }} />
          {s && (
            <Group gap="lg" aria-live="polite">
              <Stack gap={0}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  Open pipeline
                </Text>
                <Text fw={700}>
                  {formatMoney(s.open.amount)}{' '}
                  <Text span size="xs" c="dimmed">
                    ({formatInteger(s.open.count)})
                  </Text>
                </Text>
              </Stack>
              <Stack gap={0}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  Weighted
                </Text>
                <Text fw={700}>{formatMoney(s.open.weightedAmount)}</Text>
              </Stack>
              <Stack gap={0}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  Win rate {quarter.label}
                </Text>
                <Text fw={700}>{s.winRate === null ? '—' : `${Math.round(s.winRate)}%`}</Text>
              </Stack>
            </Group>
          )}
        </Group>
      </Paper>

      {summary.isError && !s && <ErrorState error={summary.error} onRetry={() => void summary.refetch()} title="Could not load the pipeline totals" />}
      {refusal && (
        <Alert color="orange" mb="sm" title="Not moved" role="alert" withCloseButton onClose={() => setRefusal(null)}>
          {refusal}
        </Alert>
      )}
      <Text id="board-instructions" size="xs" c="dimmed" mb="xs">
        Keyboard: Tab to a card&apos;s ⠿ handle, Space to pick it up, ←/→ to choose a stage, Space to drop, Escape to cancel.
      </Text>

      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragging(null)}
        accessibility={{ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }}
      >
        {/* Six columns fit a 1440 px screen; narrower, the board scrolls sideways with its scrollbar always shown. */}
        <ScrollArea type="auto" offsetScrollbars scrollbarSize={10} pb="xs" data-testid="board-scroll">
          <Box
            role="group"
            aria-label="Pipeline board"
            style={{
              display: 'grid',
              gridTemplateColumns: `repeat(${stageValues.length}, minmax(${BOARD_COLUMN_MIN_PX}px, 1fr))`,
              gap: 'var(--mantine-spacing-xs)',
              alignItems: 'start',
            }}
          >
            {stageValues.map((stage) => (
              <Column key={stage} stage={stage} query={colQuery(stage)} totals={columnTotals(s, stage)} movingId={movingId} me={me} />
            ))}
          </Box>
        </ScrollArea>
        <DragOverlay dropAnimation={null}>
          {dragging ? (
            <Card withBorder padding="xs" radius="sm" shadow="md" style={{ cursor: 'grabbing', width: 220 }}>
              <CardBody o={dragging} />
            </Card>
          ) : null}
        </DragOverlay>
      </DndContext>

      <WonConfirmModal
        opportunity={pending?.stage === 'WON' ? pending.o : null}
        onCancel={() => setPending(null)}
        onConfirm={async (note) => {
          if (!pending) return;
          const u = await move.mutateAsync({ id: pending.o.id, stage: 'WON', note });
          notifications.show({ color: 'green', title: 'Marked as won', message: `${u.title} · ${formatMoney(u.amount)}` });
          setPending(null);
        }}
      />
      <LostReasonModal
        opportunity={pending?.stage === 'LOST' ? pending.o : null}
        onCancel={() => setPending(null)}
        onConfirm={async (lossReason, note) => {
          if (!pending) return;
          const u = await move.mutateAsync({ id: pending.o.id, stage: 'LOST', lossReason, note });
          notifications.show({ color: 'orange', title: 'Marked as lost', message: u.title });
          setPending(null);
        }}
      />
      <NewOpportunityModal opened={newOpened} onClose={newModal.close} navigateToCreated={false} />
    </>
  );
}
