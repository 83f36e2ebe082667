import { Button, Card, Group, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { formatDate } from '../../components/format';
import { ListFooter } from '../../components/ListFooter';
import { useListUrlState } from '../../components/list-url-state';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { SkeletonRows } from '../../components/SkeletonRows';
import { Truncated } from '../../components/Truncated';
import { useAccountTeam } from '../accounts/team-api';
import { isCurrentMember } from '../accounts/team-model';
import { useMe } from '../auth/api';
import { canWorkOnAccount } from '../auth/permissions';
import { useTasks, type Task } from './api';
import { TaskSourceBadge, TaskStatusBadge } from './badges';
import { emptyTaskFilters, type TaskFilters } from './filters';
import { EditTaskModal, NewTaskModal } from './TaskForm';
import { TaskDoneCheckbox } from './TaskDoneCheckbox';

const codec = {
  parse: (sp: URLSearchParams): { all: boolean } => ({ all: sp.get('status') === 'any' }),
  serialize: (f: { all: boolean }) => new URLSearchParams(f.all ? { status: 'any' } : {}),
};

/** The account page's tasks: open ones by due date (or all), with New task, edit and one-click completion. */
export function AccountTasksCard({ account }: { account: { id: string; name: string; ownerId?: string | null } }) {
  const me = useMe().data;
  const team = useAccountTeam(account.id);
  const canWrite = canWorkOnAccount(me, account.ownerId, 'tasks:write', isCurrentMember(team.data, me?.user.id));
  const { filters, setFilters, paging } = useListUrlState(codec, { prefix: 'tasks' });
  const query: TaskFilters = { ...emptyTaskFilters, mine: false, accountId: [account.id], status: filters.all ? [] : ['OPEN'] };
  const list = useTasks(query, paging.cursor, 10);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Task | null>(null);
  const items = list.data?.items ?? [];

  return (
    <Card withBorder component="section" aria-labelledby="account-tasks-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="account-tasks-title">
          Tasks
        </Title>
        <Group gap="xs">
          <Button size="xs" variant="subtle" onClick={() => setFilters({ all: !filters.all })} aria-pressed={filters.all}>
            {filters.all ? 'Show open only' : 'Show all'}
          </Button>
          {canWrite && (
            <Button size="xs" variant="default" onClick={() => setCreating(true)}>
              New task
            </Button>
          )}
        </Group>
      </Group>
      {list.isError && !list.data ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} title="Could not load the tasks" />
      ) : (
        <Table verticalSpacing="xs" aria-label={`Tasks on ${account.name}`} aria-busy={list.isFetching}>
          <Table.Tbody>
            {list.isPending && <SkeletonRows columns={4} rows={2} />}
            {items.map((t) => (
              <Table.Tr key={t.id}>
                <Table.Td w={40}>
                  <TaskDoneCheckbox task={t} disabled={!canWrite} />
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {canWrite ? (
                      <UnstyledButton onClick={() => setEditing(t)} aria-label={`Edit ${t.title}`}>
                        <Truncated text={t.title} maw="20rem">
                          <Text size="sm" fw={500} td={t.status === 'DONE' ? 'line-through' : undefined}>
                            {t.title}
                          </Text>
                        </Truncated>
                      </UnstyledButton>
                    ) : (
                      <Truncated text={t.title} maw="20rem" />
                    )}
                    <TaskSourceBadge source={t.source} />
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(t.dueDate)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      <Truncated text={t.assigneeName} maw="10rem" />
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <TaskStatusBadge status={t.status} overdue={t.overdue} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {list.isSuccess && items.length === 0 && !paging.hasPrevious && (
        <EmptyState title={filters.all ? 'No tasks yet' : 'No open tasks'}>
          {canWrite ? 'Create one for the next thing to do on this account.' : 'Tasks on this account show here.'}
        </EmptyState>
      )}
      <ListFooter query={list} paging={paging} itemCount={items.length} label={['task', 'tasks']} showPageError pagerWhen="severalPages" />
      <NewTaskModal opened={creating} onClose={() => setCreating(false)} account={account} defaults={account.ownerId ? { assigneeId: account.ownerId } : {}} />
      {editing && <EditTaskModal task={editing} opened onClose={() => setEditing(null)} />}
    </Card>
  );
}
