import { AppShell, Burger, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { sessionQuery } from '../api/auth/queries.ts';
import { isAgencySession } from '../lib/roles.ts';
import { NavLinkItem } from './links.tsx';
import { UserBar } from './UserBar.tsx';

/** The signed-in shell: header with user and language, side navigation, page outlet. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const session = useQuery(sessionQuery()).data;
  // Researchers and reviewers do not see staff-only pages.
  const staff = isAgencySession(session);
  const researcher = !!session?.user.roles.some((r) => r.role === 'researcher');
  const nav = [
    { to: '/', label: t('nav.home'), active: pathname === '/', show: true },
    { to: '/overview', label: t('nav.overview'), active: pathname.startsWith('/overview'), show: staff },
    { to: '/catalog', label: t('nav.catalog'), active: pathname.startsWith('/catalog'), show: true },
    { to: '/projects', label: t('nav.projects'), active: pathname.startsWith('/projects'), show: true },
    // calls and applications
    { to: '/calls', label: t('calls.nav.calls'), active: pathname.startsWith('/calls'), show: staff },
    { to: '/applications', label: t('calls.nav.myApplications'), active: pathname.startsWith('/applications'), show: researcher },
    // gates and portfolio
    { to: '/portfolio', label: t('portfolio.nav'), active: pathname.startsWith('/portfolio'), show: staff },
    { to: '/steering/overdue', label: t('gates.nav'), active: pathname.startsWith('/steering'), show: staff },
    // funds & handoff module
    { to: '/funds', label: t('funds.navTitle'), active: pathname.startsWith('/funds'), show: staff },
    { to: '/handoff', label: t('handoff.navTitle'), active: pathname.startsWith('/handoff'), show: staff },
    { to: '/jobs', label: t('nav.jobs'), active: pathname.startsWith('/jobs'), show: staff },
  ].filter((item) => item.show);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} aria-expanded={opened} />
            <Stack gap={0}>
              <Text fw={800} fz="lg" c="teal.9" lh={1.1}>
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
        {nav.map((item) => (
          <NavLinkItem
            key={item.to}
            to={item.to}
            label={item.label}
            active={item.active}
            aria-current={item.active ? 'page' : undefined}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" bg="gray.0" tabIndex={-1} className="app-main">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
