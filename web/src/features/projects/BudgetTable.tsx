import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCE_LABELS, FUNDING_SOURCES, type FundingSource } from '../../../../src/modules/projects/stages.ts';
import type { ProjectDetail } from '../../api/types.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { fiscalYearPlain, fiscalYearShort, labelOf, moneyExact } from '../../lib/format.ts';

/**
 * Budget by fiscal year × funding source with row and column totals. The rows are the
 * project's complete budget records (not a page), so summing them here is exact.
 */
export function BudgetTable({ budgets }: { budgets: ProjectDetail['budgets'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (budgets.length === 0) return <Text c="dimmed">{t('project.noBudget')}</Text>;

  const years = [...new Set(budgets.map((b) => b.fiscalYear))].sort((a, b) => a - b);
  // Only the sources this project received, in the canonical order.
  const sources = FUNDING_SOURCES.filter((s) => budgets.some((b) => b.source === s));
  const cell = new Map<string, number>();
  for (const b of budgets) cell.set(`${b.fiscalYear}:${b.source}`, (cell.get(`${b.fiscalYear}:${b.source}`) ?? 0) + b.amountYen);
  const at = (fy: number, s: FundingSource) => cell.get(`${fy}:${s}`) ?? 0;
  const rowTotal = (fy: number) => sources.reduce((sum, s) => sum + at(fy, s), 0);
  const colTotal = (s: FundingSource) => years.reduce((sum, fy) => sum + at(fy, s), 0);
  const grand = years.reduce((sum, fy) => sum + rowTotal(fy), 0);

  return (
    <ScrollTable label={t('project.budget')} minWidth={560}>
      <Table
        withTableBorder
        withColumnBorders
        striped
        data-testid="budget-table"
        aria-label={t('project.budget')}
        // A project with one or two sources gets a compact table instead of three stretched columns.
        w={sources.length <= 2 ? 'auto' : '100%'}
        miw={sources.length <= 2 ? 560 : undefined}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('common.fiscalYear')}</Table.Th>
            {sources.map((s) => (
              <Table.Th key={s} scope="col" className="num">
                {labelOf(FUNDING_SOURCE_LABELS[s], lang)}
              </Table.Th>
            ))}
            <Table.Th scope="col" className="num">
              {t('common.total')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {years.map((fy) => (
            <Table.Tr key={fy}>
              <Table.Th scope="row" fw={500} className="nowrap">
                {fiscalYearPlain(fy, lang)}
                {lang === 'ja' && (
                  <Text span size="xs" c="dimmed" ml={6}>
                    {fiscalYearShort(fy, lang)}
                  </Text>
                )}
              </Table.Th>
              {sources.map((s) => (
                <Table.Td key={s} className="num">
                  {at(fy, s) ? moneyExact(at(fy, s), lang) : '–'}
                </Table.Td>
              ))}
              <Table.Td className="num" fw={600}>
                {moneyExact(rowTotal(fy), lang)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('common.total')}</Table.Th>
            {sources.map((s) => (
              <Table.Th key={s} className="num">
                {moneyExact(colTotal(s), lang)}
              </Table.Th>
            ))}
            <Table.Th className="num" data-testid="budget-grand-total">
              {moneyExact(grand, lang)}
            </Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollTable>
  );
}
