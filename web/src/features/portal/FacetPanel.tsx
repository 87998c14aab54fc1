import { Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FacetValue, PortalSearch } from '../../api/portal/queries.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { count } from '../../lib/format.ts';

export const FACET_ORDER = ['fiscalYear', 'integratedProject', 'program', 'diseaseArea', 'stage', 'institution', 'pi'] as const;
type FacetKey = (typeof FACET_ORDER)[number];

type Props = {
  facets: Record<string, FacetValue[]>;
  search: PortalSearch;
  onChange: (key: FacetKey, value: string | undefined) => void;
};

/** One list per facet; choosing a value narrows the search, the chosen one can be cleared. */
export function FacetPanel({ facets, search, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = (key: FacetKey, v: FacetValue) =>
    key === 'fiscalYear' ? t('portal.fy', { fy: v.id }) : lang === 'ja' ? v.nameJa : v.nameEn;
  return (
    <Stack gap="md" aria-label={t('portal.filters')}>
      {FACET_ORDER.map((key) => {
        const values = facets[key] ?? [];
        const chosen = search[key] === undefined ? undefined : String(search[key]);
        if (values.length === 0 && !chosen) return null;
        return (
          <Stack key={key} gap={2} data-testid={`facet-${key}`}>
            <Group justify="space-between">
              <Title order={3} size="sm">
                {t(`portal.facet.${key}`)}
              </Title>
              {chosen && (
                <Button size="compact-xs" variant="subtle" onClick={() => onChange(key, undefined)}>
                  {t('portal.clearFilter')}
                </Button>
              )}
            </Group>
            {values.slice(0, 30).map((v) => (
              <NavLink
                key={v.id}
                active={chosen === v.id}
                label={<Text size="sm">{label(key, v)}</Text>}
                rightSection={
                  <Text size="xs" c="dimmed" data-testid="facet-count">
                    {count(v.count, lang)}
                  </Text>
                }
                onClick={() => onChange(key, chosen === v.id ? undefined : v.id)}
                py={2}
              />
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}
