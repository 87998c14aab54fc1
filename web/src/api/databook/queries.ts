import { queryOptions } from '@tanstack/react-query';
import { api } from '../client.ts';

export type DatabookColumn = { key: string; ja: string; en: string; kind: 'text' | 'count' | 'yen' | 'percent' };
export type DatabookTable = {
  key: string;
  titleJa: string;
  titleEn: string;
  chart: 'bar' | 'stacked' | 'pie' | 'none';
  columns: DatabookColumn[];
  rows: Record<string, number | string>[];
  noteJa?: string;
  noteEn?: string;
};
export type Databook = { fiscalYear: number; edition: number | null; frozenAt: string | null; builtAt: string; tables: DatabookTable[] };
export type Indicator = 'approvals' | 'licensings' | 'nonClinicalPoc' | 'topJournalPapers';
export type Kpis = Record<Indicator, number> & {
  periodId: number;
  fromFiscalYear: number;
  throughFiscalYear: number;
  targets: Record<Indicator, number | null>;
  progressPercent: Record<Indicator, number | null>;
  byFiscalYear: ({ fiscalYear: number } & Record<Indicator, number>)[];
};
export type Drilldown = {
  total: number;
  byIntegratedProject: { code: string; nameJa: string; nameEn: string; count: number }[];
  byDiseaseArea: { code: string; nameJa: string; nameEn: string; count: number }[];
  items: {
    id: number;
    fiscalYear: number;
    titleJa: string;
    titleEn: string;
    project: { id: number; grantNumber: string; titleJa: string; titleEn: string } | null;
  }[];
};

export const databookKeys = { all: ['databook'] as const, year: (fy: number) => ['databook', fy] as const };
export const kpiKeys = { all: ['kpis'] as const };

export const publicDatabookQuery = (fy: number) =>
  queryOptions({ queryKey: databookKeys.year(fy), queryFn: ({ signal }) => api<Databook>(`/public/databook/${fy}`, { signal }) });
export const publicKpisQuery = (period: number, through: number) =>
  queryOptions({
    queryKey: [...kpiKeys.all, period, through],
    queryFn: ({ signal }) => api<Kpis>('/public/kpis', { query: { period, throughFiscalYear: through }, signal }),
  });
export const kpiDrilldownQuery = (period: number, through: number, indicator: Indicator) =>
  queryOptions({
    queryKey: [...kpiKeys.all, 'drill', period, through, indicator],
    queryFn: ({ signal }) =>
      api<Drilldown>('/public/kpis/drilldown', { query: { period, throughFiscalYear: through, indicator, pageSize: 20 }, signal }),
  });
