import { Badge } from '@mantine/core';
import { humanize } from '../../components/format';
import type { TaskSource, TaskStatus } from './api';

const STATUS_COLOR: Record<TaskStatus, string> = { OPEN: 'blue', DONE: 'green', CANCELLED: 'gray' };

export function TaskStatusBadge({ status, overdue }: { status: TaskStatus; overdue?: boolean }) {
  if (status === 'OPEN' && overdue)
    return (
      <Badge color="red" variant="light" size="sm">
        Overdue
      </Badge>
    );
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" size="sm">
      {humanize(status)}
    </Badge>
  );
}

const SOURCE_LABEL: Record<TaskSource, string> = {
  MANUAL: 'Manual',
  FOLLOW_UP: 'Follow-up',
  EVENT: 'Event',
  HANDOFF: 'Handoff',
  REVENUE_ALERT: 'Revenue alert',
  THREAT: 'Threat',
};

export function TaskSourceBadge({ source }: { source: TaskSource }) {
  if (source === 'MANUAL') return null;
  return (
    <Badge color="grape" variant="outline" size="xs">
      {SOURCE_LABEL[source]}
    </Badge>
  );
}
