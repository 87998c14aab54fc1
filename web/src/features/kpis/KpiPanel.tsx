import { Button, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Indicator, kpiDrilldownQuery, publicKpisQuery } from '../../api/databook/queries.ts';

const INDICATORS: Indicator[] = ['approvals', 'licensings', 'nonClinicalPoc', 'topJournalPapers'];

function Drill({ period, through, indicator }: { period: number; through: number; indicator: Indicator }) {
  const { t, i18n } = useTranslation();
  const ja = i18n.language === 'ja';
  const d = useQuery(kpiDrilldownQuery(period, through, indicator)).data;
  if (!d) return null;
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {(['byIntegratedProject', 'byDiseaseArea'] as const).map((k) => (
          <Table key={k} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t(k === 'byIntegratedProject' ? 'databook.byIp' : 'databook.byArea')}</Table.Th>
                <Table.Th ta="right" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d[k].map((g) => (
                <Table.Tr key={`${g.code}-${g.nameJa}`}>
                  <Table.Td>{ja ? g.nameJa : g.nameEn}</Table.Td>
                  <Table.Td ta="right">{t('databook.count', { n: g.count.toLocaleString() })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
      </SimpleGrid>
      <Text fw={600}>{t('databook.records', { total: d.total.toLocaleString() })}</Text>
      {d.items.map((o) => (
        <Text key={o.id} size="sm">
          FY{o.fiscalYear} {ja ? o.titleJa : o.titleEn} —{' '}
          {o.project ? `${o.project.grantNumber} ${ja ? o.project.titleJa : o.project.titleEn}` : t('databook.nonPublic')}
        </Text>
      ))}
    </Stack>
  );
}

/** The plan period's outcome indicators against targets, with a drill-down to the records. */
export function KpiPanel({ period, through }: { period: number; through: number }) {
  const { t } = useTranslation();
  const k = useQuery(publicKpisQuery(period, through)).data;
  const [open, setOpen] = useState<Indicator | null>(null);
  if (!k) return null;
  return (
    <Card withBorder>
      <Title order={2} size="h4">
        {t('databook.kpiTitle', { period: k.periodId, through: k.throughFiscalYear })}
      </Title>
      <SimpleGrid cols={{ base: 2, md: 4 }} my="sm">
        {INDICATORS.map((i) => (
          <Stack key={i} gap={4}>
            <Text size="sm">{t(`databook.indicators.${i}`)}</Text>
            <Text fz={28} fw={700}>
              {k[i].toLocaleString()}
            </Text>
            <Text size="xs" c="dimmed">
              {k.targets[i] ? t('databook.target', { target: k.targets[i]?.toLocaleString() }) : t('databook.noTarget')}
            </Text>
            {k.progressPercent[i] !== null && <Progress value={Math.min(100, k.progressPercent[i] ?? 0)} />}
            <Group>
              <Button size="xs" variant="light" onClick={() => setOpen(open === i ? null : i)}>
                {t('databook.drilldown')}
              </Button>
            </Group>
          </Stack>
        ))}
      </SimpleGrid>
      {open && <Drill period={period} through={through} indicator={open} />}
    </Card>
  );
}
