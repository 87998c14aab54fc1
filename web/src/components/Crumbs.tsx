import { Breadcrumbs, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Where the page sits: links to the pages above it, then the page itself. */
export function Crumbs({ children, current }: { children?: ReactNode; current: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('common.breadcrumb')}>
      <Breadcrumbs separator="›" fz="sm" styles={{ root: { flexWrap: 'wrap' } }}>
        {children}
        <Text size="sm" c="dimmed" aria-current="page" lineClamp={1} maw={480}>
          {current}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}
