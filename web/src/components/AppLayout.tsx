import { AppShell, Burger, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { NavLinkItem } from './links.tsx';
import { UserBar } from './UserBar.tsx';

/** The signed-in shell: header with user and language, side navigation, page outlet. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const nav = [
    { to: '/', label: t('nav.overview'), active: pathname === '/' },
    { to: '/catalog', label: t('nav.catalog'), active: pathname.startsWith('/catalog') },
    { to: '/projects', label: t('nav.projects'), active: pathname.startsWith('/projects') },
    // calls and applications
    { to: '/calls', label: t('calls.nav.calls'), active: pathname.startsWith('/calls') },
    { to: '/applications', label: t('calls.nav.myApplications'), active: pathname.startsWith('/applications') },
    { to: '/jobs', label: t('nav.jobs'), active: pathname.startsWith('/jobs') },
    // funds & handoff module
    { to: '/funds', label: t('funds.navTitle'), active: pathname.startsWith('/funds') },
    { to: '/handoff', label: t('handoff.navTitle'), active: pathname.startsWith('/handoff') },
    // gates and portfolio
    { to: '/portfolio', label: t('portfolio.nav'), active: pathname.startsWith('/portfolio') },
    { to: '/steering/overdue', label: t('gates.nav'), active: pathname.startsWith('/steering') },
  ] as const;

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.main')} />
            <Stack gap={0}>
              <Text fw={800} fz="lg" c="teal.8" lh={1.1}>
                {t('app.name')}
              </Text>
              <Text fz={11} c="dimmed" visibleFrom="md" lh={1.2}>
                {t('app.tagline')}
              </Text>
            </Stack>
          </Group>
          <UserBar />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.main')} component="nav">
        {nav.map((item) =>
          item.to === '/' ? (
            <NavLinkItem key={item.to} to="/" label={item.label} active={item.active} onClick={close} />
          ) : (
            <NavLinkItem key={item.to} to={item.to} label={item.label} active={item.active} onClick={close} />
          ),
        )}
      </AppShell.Navbar>
      <AppShell.Main id="main" bg="gray.0">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
