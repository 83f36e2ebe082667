import { Badge, type MantineColor } from '@mantine/core';
import type { Schemas } from '../api/client';
import { humanize } from './format';
import { lifecycleValues, tierValues } from '../api/schema';

type Tier = Schemas['Tier'];
type Lifecycle = Schemas['Lifecycle'];

export const TIER_COLOR: Record<Tier, MantineColor> = {
  STANDARD: 'gray',
  KEY: 'blue',
  STRATEGIC: 'grape',
};

const LIFECYCLE_COLOR: Record<Lifecycle, MantineColor> = {
  PROSPECT: 'gray',
  ONBOARDING: 'cyan',
  ACTIVE: 'green',
  AT_RISK: 'orange',
  CHURNED: 'red',
};

export function TierBadge({ tier, size = 'sm' }: { tier: Tier; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  return (
    <Badge
      color={TIER_COLOR[tier]}
      variant={tier === 'STANDARD' ? 'light' : 'filled'}
      size={size}
      aria-label={`Tier ${humanize(tier)}`}
      style={{ flexShrink: 0, overflow: 'visible' }}
    >
      {humanize(tier)}
    </Badge>
  );
}

export function LifecycleBadge({ lifecycle }: { lifecycle: Lifecycle }) {
  return (
    <Badge color={LIFECYCLE_COLOR[lifecycle]} variant="dot" size="sm" style={{ flexShrink: 0, overflow: 'visible' }}>
      {humanize(lifecycle)}
    </Badge>
  );
}

export const tierOptions = tierValues.map((t) => ({ value: t, label: humanize(t) }));
export const lifecycleOptions = lifecycleValues.map((l) => ({ value: l, label: humanize(l) }));
