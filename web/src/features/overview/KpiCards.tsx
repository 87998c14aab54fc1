import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { kpisQuery } from '../../api/outcomes/queries.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { count, fiscalYearPlain } from '../../lib/format.ts';

const INDICATORS = ['approvals', 'licensings', 'nonClinicalPoc', 'topJournalPapers'] as const;

/** The agency's outcome indicators for the plan period of the selected year, up to that year. */
export function KpiCards({ fiscalYear }: { fiscalYear: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const kpis = useQuery(kpisQuery(fiscalYear));
  const k = kpis.data;
  if (!k) return null;
  return (
    <Paper withBorder p="md" radius="md" aria-labelledby="kpi-title">
      <Title order={2} fz="h4" id="kpi-title">
        {t('overview.kpi.title', { period: k.periodId, through: fiscalYearPlain(k.throughFiscalYear, lang) })}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('overview.kpi.lead', { from: fiscalYearPlain(k.fromFiscalYear, lang), through: fiscalYearPlain(k.throughFiscalYear, lang) })}
      </Text>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {INDICATORS.map((key) => (
          <Stack key={key} gap={0}>
            <Text size="xs" c="dimmed" fw={600}>
              {t(`overview.kpi.${key}`)}
            </Text>
            <Text fz={24} fw={700} className="num" ta="left" data-testid={`kpi-${key}`}>
              {t('common.count', { n: count(k[key], lang) })}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
