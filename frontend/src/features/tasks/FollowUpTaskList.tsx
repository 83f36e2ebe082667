import { Group, List, Skeleton, Stack, Text } from '@mantine/core';
import { formatDate } from '../../components/format';
import { ErrorState } from '../../components/QueryState';
import { Truncated } from '../../components/Truncated';
import { useMe } from '../auth/api';
import { hasRole, hasScope } from '../auth/permissions';
import { useQbrTasks } from './api';
import { TaskStatusBadge } from './badges';
import { TaskDoneCheckbox } from './TaskDoneCheckbox';

/** A QBR's follow-up tasks with their done state, for the follow-up panel; those who may write tasks tick them off. */
export function FollowUpTaskList({ qbrId }: { qbrId: string }) {
  const me = useMe().data;
  const canComplete = hasScope(me, 'tasks:write') && hasRole(me, 'ACCOUNT_MANAGER', 'MANAGER', 'ADMIN');
  const tasks = useQbrTasks(qbrId);
  const items = (tasks.data?.items ?? []).filter((t) => t.source === 'FOLLOW_UP');
  const done = items.filter((t) => t.status === 'DONE').length;
  return (
    <Stack gap={4} role="group" aria-label="Follow-up tasks">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        Tasks{items.length > 0 ? ` · ${done} of ${items.length} done` : ''}
      </Text>
      {tasks.isPending && <Skeleton height={18} />}
      {tasks.isError && <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} title="Could not load the follow-up's tasks" />}
      {tasks.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed">
          No tasks yet.
        </Text>
      )}
      {items.length > 0 && (
        <List size="sm" spacing={4} listStyleType="none" aria-label="Follow-up task list">
          {items.map((t) => (
            <List.Item key={t.id} data-status={t.status}>
              <Group gap="xs" wrap="nowrap">
                <TaskDoneCheckbox task={t} disabled={!canComplete} />
                <Truncated text={t.title} maw="24rem">
                  <Text size="sm" td={t.status === 'DONE' ? 'line-through' : undefined}>
                    {t.title}
                  </Text>
                </Truncated>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(t.dueDate)} · {t.assigneeName}
                </Text>
                <TaskStatusBadge status={t.status} overdue={t.overdue} />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
