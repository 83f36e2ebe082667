import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { humanize } from '../../components/format';
import type { BuyingRole, Stance } from './api';
import { isDecisionRole } from './labels';
import { STANCE_STYLE } from './map-style';

export function BuyingRoleBadge({ role, size = 'sm' }: { role: BuyingRole | null | undefined; size?: 'xs' | 'sm' }) {
  if (!role) return null;
  return (
    <Badge size={size} variant={isDecisionRole(role) ? 'filled' : 'light'} color={isDecisionRole(role) ? 'dark' : 'gray'} tt="none">
      {humanize(role)}
    </Badge>
  );
}

export function StanceBadge({ stance, size = 'sm' }: { stance: Stance | null | undefined; size?: 'xs' | 'sm' }) {
  if (!stance) return null;
  const s = STANCE_STYLE[stance];
  return (
    <Badge size={size} variant="light" color={s.color} tt="none">
      {s.label}
    </Badge>
  );
}

/** ●●●○○ with its meaning for screen readers and on hover. */
export function InfluenceDots({ influence }: { influence: number | null | undefined }) {
  if (!influence) {
    return (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    );
  }
  const label = `Influence ${influence} of 5`;
  return (
    <Tooltip label={label}>
      <Text span size="sm" aria-label={label} role="img" style={{ letterSpacing: 1, whiteSpace: 'nowrap' }}>
        {'●'.repeat(influence)}
        <Text span c="gray.4" inherit>
          {'●'.repeat(Math.max(0, 5 - influence))}
        </Text>
      </Text>
    </Tooltip>
  );
}

export function LeftBadge() {
  return (
    <Badge size="xs" color="gray" variant="outline" tt="none">
      Left
    </Badge>
  );
}

/** The map's legend: what the colours, sizes and badges mean. */
export function MapLegend() {
  return (
    <Group gap="md" wrap="wrap" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Legend">
      {(['ALLY', 'NEUTRAL', 'SKEPTIC', 'UNKNOWN'] as const).map((s) => (
        <Group key={s} gap={6} component="li" wrap="nowrap">
          <span
            aria-hidden
            style={{
              width: 14,
              height: 14,
              borderRadius: 4,
              background: STANCE_STYLE[s].background,
              border: `2px ${s === 'UNKNOWN' ? 'dashed' : 'solid'} ${STANCE_STYLE[s].border}`,
            }}
          />
          <Text size="xs">{STANCE_STYLE[s].label}</Text>
        </Group>
      ))}
      <Text component="li" size="xs" c="dimmed">
        Bigger card: more influence (●●●●● = 5)
      </Text>
      <Text component="li" size="xs" c="dimmed">
        Dark badge: a decision role
      </Text>
      <Text component="li" size="xs" c="dimmed">
        Grey, struck through: left the company
      </Text>
    </Group>
  );
}
