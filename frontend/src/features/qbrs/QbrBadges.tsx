import { Badge, type MantineColor, type MantineSize } from '@mantine/core';
import type { Schemas } from '../../api/client';
import { qbrStatusValues } from '../../api/schema';
import { EMPTY, humanize } from '../../components/format';
import { isFailingGrade, type Grade } from './grades';

type QbrStatus = Schemas['QbrStatus'];
type FollowUpStatus = Schemas['FollowUpStatus'];

/** An overall or question grade; failing grades (below B) are red. */
export function GradeBadge({ grade, size = 'md' }: { grade: Grade | null | undefined; size?: MantineSize }) {
  if (!grade) return <span aria-label="No grade">{EMPTY}</span>;
  const failing = isFailingGrade(grade);
  return (
    <Badge
      color={failing ? 'red' : 'teal'}
      variant={failing ? 'filled' : 'light'}
      size={size}
      radius="sm"
      aria-label={`Grade ${grade}${failing ? ', failing' : ''}`}
      style={{ flexShrink: 0, overflow: 'visible', minWidth: 36 }}
    >
      {grade}
    </Badge>
  );
}

const STATUS_COLOR: Record<QbrStatus, MantineColor> = {
  SCHEDULED: 'gray',
  SENT: 'blue',
  ANSWERED: 'teal',
  CANCELLED: 'dark',
};

export function QbrStatusBadge({ status }: { status: QbrStatus }) {
  return (
    <Badge color={STATUS_COLOR[status]} variant={status === 'CANCELLED' ? 'outline' : 'light'} size="sm" style={{ flexShrink: 0, overflow: 'visible' }}>
      {humanize(status)}
    </Badge>
  );
}

const FOLLOW_UP_COLOR: Record<FollowUpStatus, MantineColor> = { OPEN: 'blue', MET: 'teal', MISSED: 'red' };
const FOLLOW_UP_LABEL: Record<FollowUpStatus, string> = { OPEN: 'Follow-up open', MET: 'Target met', MISSED: 'Target missed' };

export function FollowUpBadge({ status }: { status: FollowUpStatus | null | undefined }) {
  if (!status) return null;
  return (
    <Badge color={FOLLOW_UP_COLOR[status]} variant="dot" size="sm" style={{ flexShrink: 0, overflow: 'visible' }}>
      {FOLLOW_UP_LABEL[status]}
    </Badge>
  );
}

export function OverdueBadge({ label = 'QBR overdue' }: { label?: string }) {
  return (
    <Badge color="red" variant="light" size="sm" style={{ flexShrink: 0, overflow: 'visible' }}>
      {label}
    </Badge>
  );
}

export const qbrStatusOptions: { value: QbrStatus; label: string }[] = qbrStatusValues.map((s) => ({
  value: s,
  label: humanize(s),
}));
