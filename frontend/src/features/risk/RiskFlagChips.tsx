import { Badge, Button, Group, Popover, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../../api/problem';
import { formatDate } from '../../components/format';
import { useUnsnoozeFlag, type AccountRiskFlag } from './api';
import { FLAG_COLORS, FLAG_LABELS } from './labels';
import { SnoozeModal } from './SnoozeModal';

interface ChipProps {
  accountId: string;
  accountName: string;
  flag: AccountRiskFlag;
  /** Whether the caller may snooze the account's flags. */
  canSnooze: boolean;
  size?: 'xs' | 'sm' | 'md';
}

/** One flag as a chip; Enter or a click opens its evidence, the rule that clears it, the customer's reason and its snooze. */
function RiskFlagChip({ accountId, accountName, flag, canSnooze, size = 'sm' }: ChipProps) {
  const [opened, setOpened] = useState(false);
  const [snoozing, setSnoozing] = useState(false);
  const unsnooze = useUnsnoozeFlag(accountId);
  const label = FLAG_LABELS[flag.flag];
  return (
    <>
      <Popover opened={opened} onChange={setOpened} width={340} position="bottom-start" withArrow shadow="md" trapFocus returnFocus>
        <Popover.Target>
          <Badge
            component="button"
            type="button"
            color={FLAG_COLORS[flag.flag]}
            variant={flag.counted ? 'light' : 'outline'}
            size={size}
            tt="none"
            style={{ cursor: 'pointer', opacity: flag.counted ? 1 : 0.7 }}
            aria-label={`${label}${flag.counted ? '' : ' (snoozed)'}: show evidence`}
            aria-expanded={opened}
            data-flag={flag.flag}
            onClick={() => setOpened((o) => !o)}
          >
            {label}
            {flag.counted ? '' : ' · snoozed'}
          </Badge>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap={6}>
            <Text fw={600} size="sm">
              {label}
            </Text>
            <Text size="sm">{flag.evidence}</Text>
            <Text size="xs" c="dimmed">
              {flag.clearsWhen}
            </Text>
            <Text size="xs" c="dimmed">
              Since {formatDate(flag.since)}
            </Text>
            {flag.reason && (
              <Stack gap={2}>
                <Text size="xs" fw={600}>
                  The customer's reason (last QBR{flag.reason.grade ? `, ${flag.reason.grade}` : ''})
                </Text>
                <Text size="xs" c="dimmed">
                  {flag.reason.question}
                </Text>
                <Text size="sm" fs="italic">
                  “{flag.reason.why}”
                </Text>
              </Stack>
            )}
            {flag.snooze && (
              <Text size="xs" data-testid="snooze-info">
                Snoozed until {formatDate(flag.snooze.endsOn)} by {flag.snooze.snoozedByName ?? 'someone'}: {flag.snooze.reason}
              </Text>
            )}
            {canSnooze && (
              <Group gap="xs" justify="flex-end">
                {flag.snooze && (
                  <Button
                    size="xs"
                    variant="subtle"
                    loading={unsnooze.isPending}
                    onClick={() =>
                      unsnooze.mutate(flag.flag, {
                        onSuccess: () => setOpened(false),
                        onError: (e) => notifications.show({ color: 'red', title: 'The snooze was not ended', message: errorMessage(e) }),
                      })
                    }
                  >
                    End snooze
                  </Button>
                )}
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => {
                    setOpened(false);
                    setSnoozing(true);
                  }}
                >
                  {flag.snooze ? 'Change snooze…' : 'Snooze…'}
                </Button>
              </Group>
            )}
          </Stack>
        </Popover.Dropdown>
      </Popover>
      {snoozing && <SnoozeModal accountId={accountId} accountName={accountName} flag={flag} onClose={() => setSnoozing(false)} />}
    </>
  );
}

interface ChipsProps {
  accountId: string;
  accountName: string;
  flags: readonly AccountRiskFlag[];
  canSnooze: boolean;
  size?: 'xs' | 'sm' | 'md';
}

/** The account's risk flags as chips (counted ones first); nothing when it has none. */
export function RiskFlagChips({ accountId, accountName, flags, canSnooze, size }: ChipsProps) {
  if (!flags.length) return null;
  const ordered = [...flags].sort((a, b) => Number(b.counted) - Number(a.counted));
  return (
    <Group gap={4} wrap="wrap" aria-label="Risk flags">
      {ordered.map((f) => (
        <RiskFlagChip key={f.flag} accountId={accountId} accountName={accountName} flag={f} canSnooze={canSnooze} size={size} />
      ))}
    </Group>
  );
}
