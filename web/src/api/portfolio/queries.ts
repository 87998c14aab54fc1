import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DiseaseAreaView,
  DrillDown,
  Funnel,
  IntegratedProjectView,
  Matrix,
} from '../../../../src/modules/portfolio/portfolio.schemas.ts';
import { api, withQuery } from '../client.ts';

export type FunnelT = z.infer<typeof Funnel>;
export type MatrixT = z.infer<typeof Matrix>;
export type DrillDownT = z.infer<typeof DrillDown>;
export type DiseaseAreaViewT = z.infer<typeof DiseaseAreaView>;
export type IntegratedProjectViewT = z.infer<typeof IntegratedProjectView>;
export type Drill = { integratedProject?: number; diseaseArea?: number; noDiseaseArea?: boolean; stage?: string; program?: number };

const keys = { all: ['portfolio'] as const };

export const funnelQuery = (fiscalYear: number) =>
  queryOptions({
    queryKey: [...keys.all, 'funnel', fiscalYear],
    queryFn: ({ signal }) => api<FunnelT>('/portfolio/funnel', { query: { fiscalYear }, signal }),
    placeholderData: keepPreviousData,
  });

export const matrixQuery = (fiscalYear: number) =>
  queryOptions({
    queryKey: [...keys.all, 'matrix', fiscalYear],
    queryFn: ({ signal }) => api<MatrixT>('/portfolio/matrix', { query: { fiscalYear }, signal }),
    placeholderData: keepPreviousData,
  });

export const drillQuery = (fiscalYear: number, drill: Drill) =>
  queryOptions({
    queryKey: [...keys.all, 'drill', fiscalYear, drill],
    queryFn: ({ signal }) => api<DrillDownT>('/portfolio/projects', { query: { fiscalYear, ...drill }, signal }),
  });

export const diseaseAreaViewQuery = (id: number, fiscalYear: number) =>
  queryOptions({
    queryKey: [...keys.all, 'da', id, fiscalYear],
    queryFn: ({ signal }) => api<DiseaseAreaViewT>(`/portfolio/disease-areas/${id}`, { query: { fiscalYear }, signal }),
  });

export const integratedProjectViewQuery = (id: number, fiscalYear: number) =>
  queryOptions({
    queryKey: [...keys.all, 'ip', id, fiscalYear],
    queryFn: ({ signal }) => api<IntegratedProjectViewT>(`/portfolio/integrated-projects/${id}`, { query: { fiscalYear }, signal }),
  });

/** The URL of an Excel export (a plain download; the session cookie authorises it). */
export function exportUrl(
  view: 'funnel' | 'matrix' | 'disease-area' | 'integrated-project',
  fiscalYear: number,
  lang: string,
  id?: number,
): string {
  return `/api/v1${withQuery('/portfolio/export', { view, fiscalYear, lang, id })}`;
}
