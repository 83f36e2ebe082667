import { Badge, Button, Card, Chip, Group, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { ConfirmModal } from '../../components/ConfirmModal';
import { formatDateTime } from '../../components/format';
import { ListFooter } from '../../components/ListFooter';
import { useListUrlState, type ListUrlCodec } from '../../components/list-url-state';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { useAccountTeam } from '../accounts/team-api';
import { isCurrentMember } from '../accounts/team-model';
import { useMe } from '../auth/api';
import { canManage, canWorkOnAccount, hasScope } from '../auth/permissions';
import { useActivity, useDeleteActivity, useTimeline, type TimelineEntry } from './api';
import { EditActivityModal, LogActivityModal } from './ActivityForm';
import { TIMELINE_KINDS, authorOf, contactsOf, entryLabel, kindLabel, typeLabel } from './model';

interface TimelineFilters {
  kind: string[];
}

/** The kinds chosen, in the URL as repeated `timeline.kind`; unknown values are dropped. */
export const TIMELINE_CODEC: ListUrlCodec<TimelineFilters> = {
  parse: (params) => ({ kind: params.getAll('kind').filter((k) => TIMELINE_KINDS.includes(k)) }),
  serialize: (f) => {
    const params = new URLSearchParams();
    f.kind.forEach((k) => params.append('kind', k));
    return params;
  },
};

const KIND_COLORS: Record<string, string> = {
  ACTIVITY: 'blue',
  QBR: 'grape',
  FOLLOW_UP: 'orange',
  STAGE_CHANGE: 'teal',
  TIER_CHANGE: 'indigo',
  HANDOFF: 'cyan',
  OWNER_CHANGE: 'gray',
  EVENT: 'red',
  TASK: 'green',
};

function EntryItem({ entry, mayChange, onEdit, onDelete }: { entry: TimelineEntry; mayChange: boolean; onEdit: () => void; onDelete: () => void }) {
  const contacts = contactsOf(entry);
  return (
    <Stack gap={4} data-testid="timeline-entry">
      <Group gap="xs" wrap="wrap">
        <Badge size="xs" variant="light" color={KIND_COLORS[entry.kind] ?? 'gray'}>
          {entry.kind === 'ACTIVITY' ? typeLabel(entry.event) : entryLabel(entry.kind)}
        </Badge>
        <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
          {entry.title}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {formatDateTime(entry.at)}
        {entry.actor ? ` · ${entry.actor}` : ''}
      </Text>
      {contacts.length > 0 && <Text size="sm">With {contacts.map((c) => c.name).join(', ')}</Text>}
      {entry.body && (
        // Markdown is shown as the text it is, never rendered as HTML.
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {entry.body}
        </Text>
      )}
      {mayChange && (
        <Group gap="xs">
          <Button size="compact-xs" variant="subtle" onClick={onEdit} aria-label={`Edit activity ${entry.title}`}>
            Edit
          </Button>
          <Button size="compact-xs" variant="subtle" color="red" onClick={onDelete} aria-label={`Delete activity ${entry.title}`}>
            Delete
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** The account's timeline: every source newest first, kind filter chips, paging, and its activities logged here. */
export function TimelineTab({ account }: { account: { id: string; name: string; ownerId?: string | null; archived: boolean } }) {
  const me = useMe().data;
  const team = useAccountTeam(account.id);
  const { filters, setFilters, paging } = useListUrlState(TIMELINE_CODEC, { prefix: 'timeline' });
  const timeline = useTimeline(account.id, filters.kind, paging.cursor);
  const items = timeline.data?.items ?? [];
  const [logging, setLogging] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const edited = useActivity(editing);
  const deleted = useActivity(deleting);
  const remove = useDeleteActivity(account.id);
  const canLog = !account.archived && canWorkOnAccount(me, account.ownerId, 'activities:write', isCurrentMember(team.data, me?.user.id));
  const mayChange = (entry: TimelineEntry) =>
    entry.kind === 'ACTIVITY' && hasScope(me, 'activities:write') && (canManage(me) || (!!me && authorOf(entry) === me.user.id));

  return (
    <Card withBorder component="section" aria-labelledby="timeline-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="timeline-title">
          Timeline
        </Title>
        {canLog && (
          <Button size="xs" onClick={() => setLogging(true)}>
            Log activity
          </Button>
        )}
      </Group>
      <Chip.Group multiple value={filters.kind} onChange={(kind) => setFilters({ kind })}>
        <Group gap="xs" mb="md" role="group" aria-label="Show only">
          {TIMELINE_KINDS.map((k) => (
            <Chip key={k} value={k} size="xs">
              {kindLabel(k)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {timeline.isPending && (
        <Stack gap="xs">
          <Skeleton height={32} />
          <Skeleton height={32} />
          <Skeleton height={32} />
        </Stack>
      )}
      {timeline.isError && !timeline.data && <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} title="Could not load the timeline" />}
      {timeline.isSuccess && items.length === 0 && (
        <EmptyState title={filters.kind.length ? 'Nothing of these kinds yet' : 'Nothing on the timeline yet'}>
          {canLog ? 'Log a call, meeting or note to start it.' : undefined}
        </EmptyState>
      )}
      {items.length > 0 && (
        <Timeline bulletSize={14} lineWidth={2} aria-label="Timeline entries" style={{ opacity: timeline.isPlaceholderData ? 0.6 : 1 }}>
          {items.map((entry) => (
            <Timeline.Item key={`${entry.kind}-${entry.id}`} color={KIND_COLORS[entry.kind] ?? 'gray'}>
              <EntryItem entry={entry} mayChange={mayChange(entry)} onEdit={() => setEditing(entry.id)} onDelete={() => setDeleting(entry.id)} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      <ListFooter query={timeline} paging={paging} itemCount={items.length} label={['entry', 'entries']} pagerWhen="notEmpty" showPageError />
      {logging && <LogActivityModal account={account} opened onClose={() => setLogging(false)} />}
      {editing && edited.data && <EditActivityModal activity={edited.data} opened onClose={() => setEditing(null)} onReload={() => void edited.refetch()} />}
      {deleting && (
        <ConfirmModal
          opened
          title="Delete this activity?"
          confirmLabel="Delete activity"
          failedTitle="Not deleted"
          error={remove.error}
          pending={remove.isPending || !deleted.data}
          onClose={() => {
            remove.reset();
            setDeleting(null);
          }}
          onConfirm={() => {
            if (!deleted.data) return;
            remove.mutate({ id: deleted.data.id, version: deleted.data.version }, { onSuccess: () => setDeleting(null) });
          }}
        >
          It leaves the timeline, and the last touch of the account and its contacts falls back to the activities that remain. The audit log keeps what it said.
        </ConfirmModal>
      )}
    </Card>
  );
}
