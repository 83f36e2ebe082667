import { AppShell, Avatar, Burger, Button, Group, Menu, NavLink, ScrollArea, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { errorMessage } from '../api/problem';
import { humanize, setMoneyCurrency } from '../components/format';
import { LoadingState } from '../components/QueryState';
import { forgetSession, useMe, useSignOut, type Me } from '../features/auth/api';
import { useCompanySettings } from '../features/settings/api';
import { canManage, canManageRevenue, canManageUsers, canReadAuditLog, canManageWebhooks, canSeeWorkload } from '../features/auth/permissions';
import { NotificationBell } from '../features/notifications/NotificationBell';

interface NavItem {
  to: string;
  label: string;
  exact?: boolean;
  /** Shown only to people this returns true for. */
  when?: (me: Me | null | undefined) => boolean;
}

const NAV: readonly (NavItem | { label: string; children: readonly NavItem[] })[] = [
  { to: '/my-day', label: 'My day', when: (me) => !!me && me.user.role !== 'VIEWER' },
  { to: '/dashboard', label: 'Dashboard', exact: true },
  { to: '/tasks', label: 'Tasks' },
  { to: '/alerts', label: 'Revenue alerts' },
  { to: '/accounts', label: 'Accounts' },
  { to: '/contacts', label: 'Contacts' },
  { to: '/pipeline', label: 'Pipeline' },
  { to: '/opportunities', label: 'Opportunities' },
  { to: '/qbrs', label: 'QBRs' },
  { to: '/templates', label: 'Survey templates' },
  { to: '/workload', label: 'Workload', when: canSeeWorkload },
  { to: '/renewals', label: 'Renewals' },
  { to: '/reports/retention', label: 'Retention' },
  { to: '/reports/risk', label: 'Risk', when: canManage },
  { to: '/scorecard', label: 'My scorecard', exact: true, when: (me) => !!me && me.user.role !== 'VIEWER' },
  { to: '/scorecard/team', label: 'Team scorecard', when: canManage },
  { to: '/reports/events', label: 'Events report', when: canManage },
  { to: '/reports/competition', label: 'Competition', when: canManage },
  { to: '/tier-review', label: 'Tier review', when: canManage },
  {
    label: 'Settings',
    children: [
      { to: '/settings/profile', label: 'My profile' },
      { to: '/settings/company', label: 'Company' },
      { to: '/settings/api-tokens', label: 'API tokens' },
      { to: '/settings/tier-policies', label: 'Tier policies' },
      { to: '/settings/icp', label: 'ICP and tier budget' },
      { to: '/products', label: 'Products', when: canManageRevenue },
      { to: '/revenue/import', label: 'Revenue import', when: canManageRevenue },
      { to: '/settings/revenue-alerts', label: 'Revenue alerts' },
      { to: '/settings/competitors', label: 'Competitors' },
      { to: '/settings/commission-plan', label: 'Commission plan' },
      { to: '/settings/users', label: 'Users', when: canManageUsers },
      { to: '/settings/audit-log', label: 'Audit log', when: canReadAuditLog },
      { to: '/settings/webhooks', label: 'Webhooks', when: canManageWebhooks },
    ],
  },
];

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/** The signed-in person, with their settings and Sign out. */
function UserMenu({ me }: { me: Me }) {
  const signOut = useSignOut();
  const qc = useQueryClient();
  const leave = async () => {
    try {
      await signOut.mutateAsync();
    } catch (err) {
      notifications.show({ color: 'red', title: 'Could not sign out', message: errorMessage(err) });
      return;
    }
    // The route guard notices and shows the sign-in page.
    forgetSession(qc);
  };
  return (
    <Menu position="bottom-end" withinPortal width={240}>
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu: ${me.user.name}, ${humanize(me.user.role)}`} px={6} py={4} style={{ borderRadius: 6 }}>
          <Group gap={8} wrap="nowrap">
            <Avatar size="sm" radius="xl" color="blue" aria-hidden>
              {initials(me.user.name)}
            </Avatar>
            <Stack gap={0} visibleFrom="xs">
              <Text size="sm" fw={600} lh={1.2}>
                {me.user.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {humanize(me.user.role)}
              </Text>
            </Stack>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.user.email}</Menu.Label>
        <Menu.Item component={Link} to="/settings/profile">
          My profile
        </Menu.Item>
        <Menu.Item component={Link} to="/settings/api-tokens">
          API tokens
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => void leave()} disabled={signOut.isPending}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

export function AppShellLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const me = useMe().data;
  // Money is shown in the company currency: pages are drawn once the settings say which it is (in dollars when
  // the settings cannot be read).
  const settings = useCompanySettings();
  if (settings.data) setMoneyCurrency(settings.data.currency);
  const visible = (item: NavItem) => !item.when || item.when(me);
  // The dashboard is also the landing page at / for everyone but account managers (who land on My day).
  const active = (to: string, exact = false) => pathname === to || (to === '/dashboard' && pathname === '/') || (!exact && pathname.startsWith(`${to}/`));

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      {/* Another page opens at its top (not halfway down, where the last one was left); Back returns to where it
          was. Keyed by path, so a tab, filter or page change (only the query moves) leaves the page where it is. */}
      <ScrollRestoration getKey={(location) => location.pathname} />
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <UnstyledButton component={Link} to="/" aria-label="Stratum home">
              <Group gap={8}>
                <ThemeIcon size="md" radius="sm" aria-hidden>
                  <svg viewBox="0 0 32 32" width="18" height="18">
                    <path d="M7 22h18M7 16h18M7 10h18" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
                  </svg>
                </ThemeIcon>
                <Text fw={700} size="lg">
                  Stratum
                </Text>
              </Group>
            </UnstyledButton>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" c="dimmed" visibleFrom="md">
              Key account management
            </Text>
            <Button component={Link} to="/settings/profile" variant="subtle" size="compact-sm" visibleFrom="sm">
              Settings
            </Button>
            {me && <NotificationBell />}
            {me && <UserMenu me={me} />}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        <ScrollArea>
          {NAV.map((item) =>
            'children' in item ? (
              <NavLink key={item.label} label={item.label} defaultOpened childrenOffset={12} active={false}>
                {item.children.filter(visible).map((c) => (
                  <NavLink key={c.to} component={Link} to={c.to} label={c.label} active={active(c.to)} onClick={close} />
                ))}
              </NavLink>
            ) : (
              visible(item) && (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={item.label}
                  active={active(item.to, item.exact)}
                  aria-current={active(item.to, item.exact) ? 'page' : undefined}
                  onClick={close}
                />
              )
            ),
          )}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>{settings.isPending ? <LoadingState /> : <Outlet />}</Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
