import { Anchor, Button, Card, Group, Paper, SegmentedControl, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../components/format';
import { ListFooter } from '../../components/ListFooter';
import { useListUrlState } from '../../components/list-url-state';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { SkeletonRows } from '../../components/SkeletonRows';
import { Truncated } from '../../components/Truncated';
import { AccountSelect } from '../accounts/AccountSelect';
import { useAccount } from '../accounts/api';
import { useMe } from '../auth/api';
import { hasRole, hasScope } from '../auth/permissions';
import { useTasks, type Task, type TaskStatus } from './api';
import { TaskSourceBadge, TaskStatusBadge } from './badges';
import { taskFiltersCodec, taskListQuery, type DueFilter, type TaskFilters } from './filters';
import { EditTaskModal, NewTaskModal } from './TaskForm';
import { TaskDoneCheckbox } from './TaskDoneCheckbox';
import { DownloadCsvButton } from '../../components/DownloadCsvButton';

const PAGE_SIZE = 50;

/** May create and change tasks at all (which accounts, the server checks). */
export function canWriteTasks(me: ReturnType<typeof useMe>['data']): boolean {
  return hasScope(me, 'tasks:write') && hasRole(me, 'ACCOUNT_MANAGER', 'MANAGER', 'ADMIN');
}

/** Tasks: mine or everyone's, open or any status, by due date; create, edit and complete them here. */
export function TasksPage() {
  const me = useMe().data;
  const { filters, setFilters, paging } = useListUrlState(taskFiltersCodec);
  const query: TaskFilters = useMemo(() => ({ ...filters, assigneeId: filters.mine && me ? [me.user.id] : [] }), [filters, me]);
  const list = useTasks(query, paging.cursor, PAGE_SIZE);
  const account = useAccount(filters.accountId[0] ?? '', !!filters.accountId[0]);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Task | null>(null);
  const items = list.data?.items ?? [];
  const writer = canWriteTasks(me);
  const statusValue = filters.status.length === 0 ? 'any' : filters.status.length === 1 ? filters.status[0]! : 'any';

  return (
    <>
      <PageHeader
        title="Tasks"
        description="What has to be done on each account, by when. A failing QBR's follow-up actions become tasks of the account's owner."
        actions={
          <>
            <DownloadCsvButton path="/api/v1/tasks" query={taskListQuery(query, undefined, PAGE_SIZE)} />
            {writer && <Button onClick={() => setCreating(true)}>New task</Button>}
          </>
        }
      />
      <Paper withBorder p="md" mb="md" component="section" aria-label="Filters">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <SegmentedControl
            aria-label="Whose tasks"
            value={filters.mine ? 'mine' : 'everyone'}
            onChange={(v) => setFilters({ mine: v === 'mine' })}
            data={[
              { value: 'mine', label: 'Mine' },
              { value: 'everyone', label: 'Everyone' },
            ]}
          />
          <SegmentedControl
            aria-label="Status"
            value={statusValue}
            onChange={(v) => setFilters({ status: v === 'any' ? [] : [v as TaskStatus] })}
            data={[
              { value: 'OPEN', label: 'Open' },
              { value: 'DONE', label: 'Done' },
              { value: 'CANCELLED', label: 'Cancelled' },
              { value: 'any', label: 'Any' },
            ]}
          />
          <SegmentedControl
            aria-label="Due"
            value={filters.due || 'any'}
            onChange={(v) => setFilters({ due: v === 'any' ? '' : (v as DueFilter) })}
            data={[
              { value: 'any', label: 'Any time' },
              { value: 'overdue', label: 'Overdue' },
              { value: 'today', label: 'Due today' },
              { value: 'week', label: 'This week' },
            ]}
          />
          <div style={{ width: 260 }}>
            <AccountSelect
              label="Account"
              value={filters.accountId[0] ?? null}
              valueLabel={account.data?.name ?? null}
              onChange={(id) => setFilters({ accountId: id ? [id] : [] })}
            />
          </div>
        </Group>
      </Paper>

      <Card withBorder p={0}>
        {list.isError && !list.data ? (
          <Stack p="md">
            <ErrorState error={list.error} onRetry={() => void list.refetch()} title="Could not load tasks" />
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover verticalSpacing="sm" aria-label="Tasks" aria-busy={list.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={48}>Done</Table.Th>
                  <Table.Th>Task</Table.Th>
                  <Table.Th>Account</Table.Th>
                  <Table.Th>Assignee</Table.Th>
                  <Table.Th>Due</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.isPending && <SkeletonRows columns={6} />}
                {items.map((t) => (
                  <Table.Tr key={t.id} style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
                    <Table.Td>
                      <TaskDoneCheckbox task={t} disabled={!writer} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        {writer ? (
                          <UnstyledButton onClick={() => setEditing(t)} aria-label={`Edit ${t.title}`}>
                            <Truncated text={t.title} maw="22rem">
                              <Text fw={600} size="sm" td={t.status === 'DONE' ? 'line-through' : undefined}>
                                {t.title}
                              </Text>
                            </Truncated>
                          </UnstyledButton>
                        ) : (
                          <Truncated text={t.title} maw="22rem" />
                        )}
                        <TaskSourceBadge source={t.source} />
                      </Group>
                      {t.detail && (
                        <Text size="xs" c="dimmed" component="div">
                          <Truncated text={t.detail} maw="22rem" />
                        </Text>
                      )}
                      {(t.contactName || t.opportunityTitle) && (
                        <Text size="xs" c="dimmed" component="div">
                          <Truncated text={[t.contactName, t.opportunityTitle].filter(Boolean).join(' · ')} maw="22rem" />
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Truncated text={t.accountName} maw="16rem">
                        <Anchor component={Link} to={`/accounts/${t.accountId}`} size="sm">
                          {t.accountName}
                        </Anchor>
                      </Truncated>
                    </Table.Td>
                    <Table.Td>
                      <Truncated text={t.assigneeName} maw="12rem" />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(t.dueDate)}</Table.Td>
                    <Table.Td>
                      <TaskStatusBadge status={t.status} overdue={t.overdue} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {list.isSuccess && items.length === 0 && !paging.hasPrevious && (
          <EmptyState title="No tasks here">
            {filters.mine ? 'Nothing matches for you: change the filters, or create a task.' : 'Nothing matches: change the filters, or create a task.'}
          </EmptyState>
        )}
        <ListFooter query={list} paging={paging} itemCount={items.length} label={['task', 'tasks']} showPageError />
      </Card>
      <NewTaskModal opened={creating} onClose={() => setCreating(false)} defaults={me ? { assigneeId: me.user.id } : {}} />
      {editing && <EditTaskModal task={editing} opened onClose={() => setEditing(null)} />}
    </>
  );
}
