import { AppShell, Group, SegmentedControl, Text } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links.tsx';
import { setLanguage } from '../../i18n/index.ts';
import { useLang } from '../../i18n/use-lang.ts';

/** The public shell: no sign-in, a language switch, a link to the staff sign-in. */
export function PortalLayout() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <AnchorLink to="/portal" fw={700} c="inherit" underline="never">
            {t('portal.brand')}
          </AnchorLink>
          <Group gap="sm">
            <SegmentedControl
              size="xs"
              aria-label={t('header.language')}
              value={lang}
              onChange={(v) => void setLanguage(v === 'en' ? 'en' : 'ja')}
              data={[
                { value: 'ja', label: t('header.languageJa') },
                { value: 'en', label: t('header.languageEn') },
              ]}
            />
            <AnchorLink to="/sign-in" size="sm">
              <Text span size="sm">
                {t('portal.signIn')}
              </Text>
            </AnchorLink>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
