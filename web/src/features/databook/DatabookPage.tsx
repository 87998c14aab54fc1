import { Anchor, Badge, Card, Container, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DatabookTable, publicDatabookQuery } from '../../api/databook/queries.ts';
import { KpiPanel } from '../kpis/KpiPanel.tsx';
import { DatabookChart } from './DatabookChart.tsx';

const fmt = (v: unknown, kind: string) =>
  kind === 'yen'
    ? (Math.round((Number(v) / 1e8) * 10) / 10).toLocaleString('ja-JP', { minimumFractionDigits: 1 })
    : kind === 'text'
      ? String(v)
      : Number(v).toLocaleString('ja-JP');

function TableCard({ table, fy }: { table: DatabookTable; fy: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  const cols = table.columns.filter((c) => c.key !== (lang === 'ja' ? 'nameEn' : 'nameJa'));
  const base = `/api/v1/public/databook/${fy}/tables/${table.key}`;
  return (
    <Card withBorder>
      <Group justify="space-between">
        <Title order={3} size="h5">
          {lang === 'ja' ? table.titleJa : table.titleEn}
        </Title>
        <Group gap="xs">
          <Anchor href={`${base}.csv?lang=${lang}`}>{t('databook.csv')}</Anchor>
          <Anchor href={`${base}.svg?lang=${lang}`}>{t('databook.svg')}</Anchor>
        </Group>
      </Group>
      <DatabookChart table={table} />
      {table.rows.length === 0 ? (
        <Text c="dimmed">{(lang === 'ja' ? table.noteJa : table.noteEn) ?? t('databook.empty')}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              {cols.map((c) => (
                <Table.Th key={c.key} ta={c.kind === 'text' ? 'left' : 'right'}>
                  {lang === 'ja' ? c.ja : c.en}
                  {c.kind === 'yen' ? ` (${t('databook.unitOku')})` : ''}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((r, i) => (
              <Table.Tr key={String(r[cols[0]!.key] ?? i)}>
                {cols.map((c) => (
                  <Table.Td key={c.key} ta={c.kind === 'text' ? 'left' : 'right'}>
                    {fmt(r[c.key], c.kind)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

/** The public Data Book: every table with its chart and downloads, and the period's KPIs. */
export function DatabookPage() {
  const { t, i18n } = useTranslation();
  const [fy, setFy] = useState(2023);
  const book = useQuery(publicDatabookQuery(fy));
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  return (
    <Container size="lg" py="md">
      <Stack>
        <Group justify="space-between">
          <Title order={1}>{t('databook.title')}</Title>
          <Group>
            <NumberInput
              label={t('databook.fiscalYear')}
              value={fy}
              min={2015}
              max={2030}
              onChange={(v) => typeof v === 'number' && setFy(v)}
              w={120}
            />
            <Anchor href={`/api/v1/public/databook/${fy}.xlsx?lang=${lang}`}>{t('databook.downloadXlsx')}</Anchor>
          </Group>
        </Group>
        {book.data && (
          <Badge variant="light">
            {book.data.edition
              ? t('databook.edition', { edition: book.data.edition, date: book.data.frozenAt?.slice(0, 10) })
              : t('databook.live')}
          </Badge>
        )}
        <KpiPanel period={2} through={Math.min(Math.max(fy, 2020), 2024)} />
        {book.data?.tables.map((tb) => (
          <TableCard key={tb.key} table={tb} fy={fy} />
        ))}
      </Stack>
    </Container>
  );
}
