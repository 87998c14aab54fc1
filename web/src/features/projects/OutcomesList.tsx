import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../api/types.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { ja } from '../../i18n/ja.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { date, fiscalYearPlain, titleOf } from '../../lib/format.ts';

const KNOWN = new Set(Object.keys(ja.outcomeKind));

export function OutcomesList({ outcomes }: { outcomes: ProjectDetail['outcomes'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (outcomes.length === 0) return <Text c="dimmed">{t('project.noOutcomes')}</Text>;
  const sorted = [...outcomes].sort((a, b) => (a.occurredOn ?? `${a.fiscalYear}`).localeCompare(b.occurredOn ?? `${b.fiscalYear}`));
  return (
    <ScrollTable label={t('project.outcomes')} minWidth={400}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('project.occurredOn')}</Table.Th>
            <Table.Th>{t('project.outcomeKind')}</Table.Th>
            <Table.Th>{t('project.outcomeTitle')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td className="nowrap">{o.occurredOn ? date(o.occurredOn, lang) : fiscalYearPlain(o.fiscalYear, lang)}</Table.Td>
              <Table.Td className="nowrap">
                <Badge variant="light" color={o.kind === 'approval' || o.kind === 'insurance_listing' ? 'teal' : 'blue'}>
                  {t(`outcomeKind.${(KNOWN.has(o.kind) ? o.kind : 'other') as keyof typeof ja.outcomeKind}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{titleOf(o, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
