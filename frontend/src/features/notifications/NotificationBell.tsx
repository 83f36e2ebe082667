import { ActionIcon, Anchor, Button, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure, useWindowEvent } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../components/format';
import { ErrorState } from '../../components/QueryState';
import { useLatestNotifications, useMarkAllRead, useMarkRead, useUnreadCount, type Notification } from './api';

/** The bell in the app header: the unread count, and a list of the newest notifications to open or mark read. */
export function NotificationBell() {
  const [opened, { toggle, close }] = useDisclosure(false);
  // Escape closes it wherever the focus is (the list may still be loading, with nothing in it to focus yet).
  useWindowEvent('keydown', (event) => {
    if (opened && event.key === 'Escape') close();
  });
  const count = useUnreadCount();
  const unread = count.data ?? 0;
  const label = unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread`;
  return (
    <Popover opened={opened} onDismiss={close} width={380} position="bottom-end" shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} color="red" offset={4}>
          <ActionIcon variant="subtle" size="lg" aria-label={label} aria-haspopup="dialog" aria-expanded={opened} onClick={toggle}>
            {/* Drawn, not a character: not every system has a font with a bell in it. */}
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              width="20"
              height="20"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            >
              <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
              <path d="M13.73 21a2 2 0 0 1-3.46 0" />
            </svg>
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0} role="dialog" aria-label="Notifications">
        {opened && <NotificationList onClose={close} />}
      </Popover.Dropdown>
    </Popover>
  );
}

function NotificationList({ onClose }: { onClose: () => void }) {
  const list = useLatestNotifications(true);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const navigate = useNavigate();
  const items = list.data?.items ?? [];
  const open = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id);
    onClose();
    if (n.link) navigate(n.link);
  };
  return (
    <Stack gap={0}>
      <Group justify="space-between" px="md" py="xs" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Text fw={600} size="sm">
          Notifications
        </Text>
        <Button size="compact-xs" variant="subtle" disabled={!list.data?.unreadCount} loading={markAll.isPending} onClick={() => markAll.mutate()}>
          Mark all read
        </Button>
      </Group>
      {list.isError ? (
        <Stack p="md">
          <ErrorState error={list.error} onRetry={() => void list.refetch()} title="Could not load the notifications" />
        </Stack>
      ) : list.isPending ? (
        <Text size="sm" c="dimmed" p="md">
          Loading…
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed" p="md">
          Nothing yet. You will see answered surveys, judged follow-ups, handoffs and more here.
        </Text>
      ) : (
        <ScrollArea.Autosize mah={420}>
          <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Newest notifications">
            {items.map((n) => (
              <Group
                key={n.id}
                component="li"
                gap="xs"
                wrap="nowrap"
                align="flex-start"
                px="md"
                py="xs"
                style={{ borderBottom: '1px solid var(--mantine-color-default-border)', background: n.readAt ? undefined : 'var(--mantine-color-blue-light)' }}
              >
                <UnstyledButton onClick={() => open(n)} style={{ flex: 1 }} aria-label={`${n.readAt ? '' : 'Unread: '}${n.title}`}>
                  <Text size="sm" fw={n.readAt ? 400 : 600} style={{ overflowWrap: 'anywhere' }}>
                    {n.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(n.createdAt)}
                  </Text>
                </UnstyledButton>
                {!n.readAt && (
                  <Anchor component="button" type="button" size="xs" onClick={() => markRead.mutate(n.id)} aria-label={`Mark read: ${n.title}`}>
                    Mark read
                  </Anchor>
                )}
              </Group>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}
