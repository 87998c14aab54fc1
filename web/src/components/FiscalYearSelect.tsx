import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fiscalYearsBetween } from '../../../src/lib/fiscal-year.ts';
import { periodsQuery } from '../api/catalog/queries.ts';
import { useLang } from '../i18n/use-lang.ts';
import { fiscalYearLabel, fiscalYearOf } from '../lib/format.ts';

type Props = {
  value: number | undefined;
  onChange: (fy: number | undefined) => void;
  /** Offer "all years" as an empty choice. */
  allowAll?: boolean;
  label?: string;
  w?: number | string;
};

/** Fiscal years of all plan periods, newest first. */
export function FiscalYearSelect({ value, onChange, allowAll, label, w = 240 }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const periods = useQuery(periodsQuery());
  const items = periods.data?.items ?? [];
  const now = fiscalYearOf(new Date());
  const start = items.length ? Math.min(...items.map((p) => p.startFiscalYear)) : now - 10;
  const end = items.length ? Math.max(...items.map((p) => p.endFiscalYear)) : now + 1;
  const years = fiscalYearsBetween(start, end).reverse();
  if (value !== undefined && !years.includes(value)) years.unshift(value);
  const data = years.map((fy) => ({ value: String(fy), label: fiscalYearLabel(fy, lang) }));
  return (
    <Select
      label={label ?? t('common.fiscalYear')}
      data={allowAll ? [{ value: '', label: t('common.allYears') }, ...data] : data}
      value={value === undefined ? (allowAll ? '' : null) : String(value)}
      onChange={(v) => onChange(v ? Number(v) : undefined)}
      allowDeselect={false}
      w={w}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={320}
    />
  );
}
