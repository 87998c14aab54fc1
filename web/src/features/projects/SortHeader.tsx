import { Table, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Sort } from './search.ts';

type Props = { column: Sort; label: string; sort: Sort | null; order: 'asc' | 'desc'; onSort: (column: Sort) => void; numeric?: boolean };

/** A column header that sorts the list; announces the current order to screen readers. */
export function SortHeader({ column, label, sort, order, onSort, numeric }: Props) {
  const { t } = useTranslation();
  const active = sort === column;
  return (
    <Table.Th aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'} className={numeric ? 'num' : 'nowrap'}>
      <UnstyledButton onClick={() => onSort(column)} fw={700} fz="sm" aria-label={t('projects.sortBy', { column: label })}>
        {label} <span aria-hidden="true">{active ? (order === 'asc' ? '▲' : '▼') : '↕'}</span>
      </UnstyledButton>
    </Table.Th>
  );
}
