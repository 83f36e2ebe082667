import { Anchor, Badge, Button, Card, Code, Group, Paper, Select, Stack, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { Link } from 'react-router';
import { DebouncedTextInput } from '../../components/DebouncedTextInput';
import { formatDateTime } from '../../components/format';
import { ListFooter } from '../../components/ListFooter';
import { useListUrlState } from '../../components/list-url-state';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { SkeletonRows } from '../../components/SkeletonRows';
import { useMe } from '../auth/api';
import { NotAllowed } from '../auth/NotAllowed';
import { canReadAuditLog } from '../auth/permissions';
import { UserSelect } from '../users/UserSelect';
import {
  auditFiltersCodec,
  auditFiltersToSearchParams,
  changesSummary,
  emptyAuditFilters,
  ENTITY_TYPES,
  entityTypeLabel,
  formatAuditValue,
  useAuditEvents,
  type AuditEvent,
} from './api';
import { groupByRequest, groupSummary, recordName, recordPath, type AuditGroup } from './grouping';

const PAGE_SIZE = 50;
const COLUMNS = 6;
const entityTypeOptions = ENTITY_TYPES.map((t) => ({ value: t, label: entityTypeLabel(t) }));

function Actor({ e }: { e: AuditEvent }) {
  return (
    <Stack gap={2}>
      <Text size="sm">{e.actorName ?? (e.actorId ? 'Unknown user' : 'System or a customer’s survey link')}</Text>
      {e.tokenId && (
        <Badge size="xs" variant="outline" color="grape" tt="none" title={`API token ${e.tokenId}`}>
          via API token
        </Badge>
      )}
    </Stack>
  );
}

/** The record by name, linked to its page; the changed row's kind when it is part of that record. */
function Entity({ e, onFilter }: { e: AuditEvent; onFilter: () => void }) {
  const path = recordPath(e.recordType, e.recordId);
  const name = recordName(e);
  const part = e.recordType && e.entityType !== e.recordType;
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed">
        {part ? `${entityTypeLabel(e.entityType)} of ${entityTypeLabel(e.recordType ?? '').toLowerCase()}` : entityTypeLabel(e.entityType)}
      </Text>
      <Group gap={6} wrap="nowrap" align="baseline">
        {path ? (
          <Anchor component={Link} to={path} size="sm" fw={500} title={`${name} (${e.recordId})`} lineClamp={2} style={{ wordBreak: 'break-word' }}>
            {name}
          </Anchor>
        ) : (
          <Text size="sm" title={e.recordId ?? e.entityId} lineClamp={2} style={{ wordBreak: 'break-word' }}>
            {name}
          </Text>
        )}
        <Anchor
          component="button"
          type="button"
          size="xs"
          onClick={onFilter}
          aria-label={`Only changes to ${entityTypeLabel(e.entityType).toLowerCase()} ${e.entityId}`}
          style={{ flexShrink: 0 }}
        >
          only this
        </Anchor>
      </Group>
    </Stack>
  );
}

function ChangesTable({ e }: { e: AuditEvent }) {
  if (e.changes.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No field changes were recorded.
      </Text>
    );
  return (
    <Table verticalSpacing={4} withTableBorder aria-label={`Changes of ${e.action} at ${formatDateTime(e.occurredAt)}`} bg="var(--mantine-color-body)">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={200}>Field</Table.Th>
          <Table.Th>Before</Table.Th>
          <Table.Th>After</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {e.changes.map((c) => (
          <Table.Tr key={c.field}>
            <Table.Td>
              <Code>{c.field}</Code>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              <Text size="sm" c={c.before === null ? 'dimmed' : undefined}>
                {formatAuditValue(c.before)}
              </Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              <Text size="sm" c={c.after === null ? 'dimmed' : undefined}>
                {formatAuditValue(c.after)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface RowProps {
  open: ReadonlySet<string>;
  toggle: (id: string) => void;
  onFilter: (e: AuditEvent) => void;
  dim: boolean;
}

/** One row and, when opened, its field changes. `nested` rows belong to a group and leave out who and what. */
function EventRows({ e, open, toggle, onFilter, dim, nested = false }: RowProps & { e: AuditEvent; nested?: boolean }) {
  const expanded = open.has(e.id);
  const detailsId = `audit-changes-${e.id}`;
  return (
    <>
      <Table.Tr style={{ opacity: dim ? 0.6 : 1 }} bg={nested ? 'var(--mantine-color-gray-0)' : undefined}>
        <Table.Td style={{ whiteSpace: 'nowrap' }} pl={nested ? 'xl' : undefined}>
          <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt)}</time>
        </Table.Td>
        <Table.Td>{nested ? null : <Actor e={e} />}</Table.Td>
        <Table.Td>{nested ? null : <Code>{e.action}</Code>}</Table.Td>
        <Table.Td>
          <Entity e={e} onFilter={() => onFilter(e)} />
        </Table.Td>
        <Table.Td>
          <Text size="sm">{changesSummary(e.changes)}</Text>
        </Table.Td>
        <Table.Td ta="right">
          {e.changes.length > 0 && (
            <UnstyledButton onClick={() => toggle(e.id)} aria-expanded={expanded} aria-controls={detailsId} fz="sm" c="blue" style={{ whiteSpace: 'nowrap' }}>
              {expanded ? 'Hide changes' : 'Show changes'}
            </UnstyledButton>
          )}
        </Table.Td>
      </Table.Tr>
      {expanded && (
        <Table.Tr id={detailsId} bg="var(--mantine-color-gray-0)">
          <Table.Td colSpan={COLUMNS}>
            <ChangesTable e={e} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

/** The rows one request wrote: one line naming the request's record, its rows when opened. */
function GroupRows({ g, open, toggle, onFilter, dim }: RowProps & { g: AuditGroup }) {
  const e = g.primary;
  const expanded = open.has(g.key);
  const others = new Set(g.events.filter((x) => x.recordId !== e.recordId || x.recordType !== e.recordType).map((x) => `${x.recordType}:${x.recordId}`)).size;
  return (
    <>
      <Table.Tr style={{ opacity: dim ? 0.6 : 1 }} data-testid="audit-group">
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt)}</time>
        </Table.Td>
        <Table.Td>
          <Actor e={e} />
        </Table.Td>
        <Table.Td>
          <Code>{e.action}</Code>
        </Table.Td>
        <Table.Td>
          <Entity e={e} onFilter={() => onFilter(e)} />
          {others > 0 && (
            <Text size="xs" c="dimmed">
              and {others} other record{others === 1 ? '' : 's'}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Text size="sm">
            {g.events.length} rows in one request: {groupSummary(g.events)}
          </Text>
        </Table.Td>
        <Table.Td ta="right">
          <UnstyledButton onClick={() => toggle(g.key)} aria-expanded={expanded} fz="sm" c="blue" style={{ whiteSpace: 'nowrap' }}>
            {expanded ? 'Hide rows' : `Show ${g.events.length} rows`}
          </UnstyledButton>
        </Table.Td>
      </Table.Tr>
      {expanded && g.events.map((x) => <EventRows key={x.id} e={x} open={open} toggle={toggle} onFilter={onFilter} dim={dim} nested />)}
    </>
  );
}

function AuditLog() {
  const { filters, setFilters: update, paging } = useListUrlState(auditFiltersCodec);
  const filterKey = auditFiltersToSearchParams(filters).toString();
  const events = useAuditEvents(filters, paging.cursor, PAGE_SIZE);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const items = events.data?.items ?? [];
  const filtered = filterKey !== '';

  const onFilter = (e: AuditEvent) => update({ entityType: e.entityType, entityId: e.entityId });
  const toggle = (id: string) =>
    setOpen((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change to the data: who made it, when, through which operation, and each field before and after. Newest first."
      />
      <Paper withBorder p="md" mb="md" component="section" aria-label="Filters">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label="Record type"
            placeholder="Any type"
            data={entityTypeOptions}
            value={filters.entityType || null}
            onChange={(v) => update({ entityType: v ?? '' })}
            clearable
            w={200}
          />
          <DebouncedTextInput label="Record ID" placeholder="Exact ID" value={filters.entityId} onChange={(entityId) => update({ entityId })} w={300} />
          <UserSelect
            label="Changed by"
            placeholder="Anyone"
            value={filters.actorId || null}
            onChange={(id) => update({ actorId: id ?? '' })}
            onlyActive={false}
            w={240}
          />
          <DateInput
            label="From"
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            clearable
            value={filters.from || null}
            onChange={(v) => update({ from: v ?? '' })}
            maxDate={filters.to || undefined}
            w={150}
          />
          <DateInput
            label="To"
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            clearable
            value={filters.to || null}
            onChange={(v) => update({ to: v ?? '' })}
            minDate={filters.from || undefined}
            w={150}
          />
          {filtered && (
            <Button variant="subtle" size="xs" mb={4} onClick={() => update(emptyAuditFilters)}>
              Clear filters
            </Button>
          )}
        </Group>
      </Paper>
      <Card withBorder p={0}>
        {events.isError && !events.data ? (
          <Stack p="md">
            <ErrorState error={events.error} onRetry={() => void events.refetch()} title="Could not load the audit log" />
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={1000}>
            <Table verticalSpacing="sm" aria-label="Audit events" aria-busy={events.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Who</Table.Th>
                  <Table.Th>Action</Table.Th>
                  <Table.Th>Record</Table.Th>
                  <Table.Th>Changed fields</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Details</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.isPending && <SkeletonRows columns={COLUMNS} />}
                {groupByRequest(items).map((g) =>
                  g.events.length === 1 ? (
                    <EventRows key={g.key} e={g.primary} open={open} toggle={toggle} onFilter={onFilter} dim={events.isPlaceholderData} />
                  ) : (
                    <GroupRows key={g.key} g={g} open={open} toggle={toggle} onFilter={onFilter} dim={events.isPlaceholderData} />
                  ),
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {events.isSuccess && items.length === 0 && (
          <EmptyState title={filtered ? 'No change matches these filters' : 'Nothing recorded yet'}>
            {filtered ? 'Change or clear the filters to see more.' : 'Changes appear here as people and integrations make them.'}
          </EmptyState>
        )}
        <ListFooter query={events} paging={paging} itemCount={items.length} label={['event', 'events']} showPageError />
      </Card>
    </>
  );
}

export function AuditLogPage() {
  const me = useMe().data;
  if (!canReadAuditLog(me)) {
    return <NotAllowed title="Audit log">Only admins read the audit log.</NotAllowed>;
  }
  return <AuditLog />;
}
