import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang.ts';
import { count, labelOf, money, nameOf } from '../../lib/format.ts';

type Amount = { projects: number; yen: number };
type Row = {
  id: number;
  nameJa: string;
  nameEn: string;
  stages: ({ stage: string; labelJa: string; labelEn: string } & Amount)[];
  total: Amount;
};

/** Rows (integrated projects or programs) × generic stages: projects and money in each cell. */
export function StageTable({
  rows,
  first,
  onPick,
  testId,
}: {
  rows: Row[];
  first: string;
  onPick: (rowId: number, stage?: string) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const stages = rows[0]?.stages ?? [];
  const cell = (a: Amount) => (
    <>
      {count(a.projects, lang)}
      <br />
      <small>{money(a.yen, lang)}</small>
    </>
  );
  return (
    <Table withTableBorder striped data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{first}</Table.Th>
          {stages.map((s) => (
            <Table.Th key={s.stage} ta="right">
              {labelOf({ ja: s.labelJa, en: s.labelEn }, lang)}
            </Table.Th>
          ))}
          <Table.Th ta="right">{t('portfolio.total')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{nameOf(r, lang)}</Table.Td>
            {r.stages.map((s) => (
              <Table.Td
                key={s.stage}
                ta="right"
                className="num"
                style={{ cursor: s.projects ? 'pointer' : undefined }}
                onClick={() => s.projects && onPick(r.id, s.stage)}
              >
                {cell(s)}
              </Table.Td>
            ))}
            <Table.Td ta="right" className="num" fw={600} style={{ cursor: 'pointer' }} onClick={() => onPick(r.id)}>
              {cell(r.total)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
