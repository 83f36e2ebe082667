import { AppShell, Burger, Group, NavLink, ScrollArea, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { LoadingState } from '../components/QueryState';

const NAV = [
  { to: '/', label: 'Dashboard', exact: true },
  { to: '/accounts', label: 'Accounts' },
  { to: '/pipeline', label: 'Pipeline' },
  { to: '/opportunities', label: 'Opportunities' },
  { to: '/qbrs', label: 'QBRs' },
  {
    label: 'Settings',
    children: [
      { to: '/settings/tier-policies', label: 'Tier policies' },
      { to: '/settings/workload', label: 'Workload' },
      { to: '/settings/users', label: 'Users' },
    ],
  },
] as const;

export function AppShellLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const active = (to: string, exact = false) => pathname === to || (!exact && pathname.startsWith(`${to}/`));

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
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
          <Text size="sm" c="dimmed" visibleFrom="sm">
            Key account management
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        <ScrollArea>
          {NAV.map((item) =>
            'children' in item ? (
              <NavLink key={item.label} label={item.label} defaultOpened childrenOffset={12} active={false}>
                {item.children.map((c) => (
                  <NavLink key={c.to} component={Link} to={c.to} label={c.label} active={active(c.to)} onClick={close} />
                ))}
              </NavLink>
            ) : (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={item.label}
                active={active(item.to, 'exact' in item && item.exact)}
                aria-current={active(item.to, 'exact' in item && item.exact) ? 'page' : undefined}
                onClick={close}
              />
            ),
          )}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
