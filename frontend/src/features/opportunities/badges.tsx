import { Badge } from '@mantine/core';
import { EVENT_LABEL, STAGE_COLOR, TYPE_LABEL, stageLabel, type CompellingEvent, type OpportunityType, type Stage } from './model';

export function StageBadge({ stage, size = 'sm' }: { stage: Stage; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  return (
    <Badge
      color={STAGE_COLOR[stage]}
      variant={stage === 'WON' || stage === 'LOST' ? 'filled' : 'light'}
      size={size}
      style={{ flexShrink: 0, overflow: 'visible' }}
    >
      {stageLabel(stage)}
    </Badge>
  );
}

const TYPE_COLOR: Record<OpportunityType, string> = { UPSELL: 'violet', CROSS_SELL: 'orange', RENEWAL: 'gray' };

export function TypeBadge({ type }: { type: OpportunityType }) {
  return (
    <Badge color={TYPE_COLOR[type]} variant="outline" size="sm" tt="none" style={{ flexShrink: 0, overflow: 'visible' }}>
      {TYPE_LABEL[type]}
    </Badge>
  );
}

/** Marks an opportunity born from a compelling event at the customer. */
export function EventBadge({ event, size = 'sm' }: { event: CompellingEvent; size?: 'xs' | 'sm' }) {
  return (
    <Badge
      color="yellow"
      variant="light"
      size={size}
      tt="none"
      title={event.description ?? undefined}
      aria-label={`Compelling event: ${EVENT_LABEL[event.type]}`}
      style={{ flexShrink: 0, overflow: 'visible' }}
    >
      ⚡ {EVENT_LABEL[event.type]}
    </Badge>
  );
}
