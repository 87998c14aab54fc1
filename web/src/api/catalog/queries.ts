import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { DiseaseArea, Institution, IntegratedProject, Items, Period, Program } from '../types.ts';
import { catalogKeys } from './keys.ts';

// The catalog changes a few times a year; keep it for the session.
const LONG = 30 * 60_000;

export const periodsQuery = () =>
  queryOptions({
    queryKey: catalogKeys.periods(),
    queryFn: ({ signal }) => api<Items<Period>>('/catalog/periods', { signal }),
    staleTime: LONG,
  });

export const integratedProjectsQuery = (period: number | undefined) =>
  queryOptions({
    queryKey: catalogKeys.integratedProjects(period),
    queryFn: ({ signal }) => api<Items<IntegratedProject>>('/catalog/integrated-projects', { query: { period }, signal }),
    staleTime: LONG,
  });

export const diseaseAreasQuery = (period: number | undefined) =>
  queryOptions({
    queryKey: catalogKeys.diseaseAreas(period),
    queryFn: ({ signal }) => api<Items<DiseaseArea>>('/catalog/disease-areas', { query: { period }, signal }),
    staleTime: LONG,
  });

export const programsQuery = (period: number | undefined, integratedProject?: number) =>
  queryOptions({
    queryKey: catalogKeys.programs(period, integratedProject),
    queryFn: ({ signal }) => api<Items<Program>>('/catalog/programs', { query: { period, integratedProject }, signal }),
    staleTime: LONG,
  });

export const institutionsQuery = (q: string) =>
  queryOptions({
    queryKey: catalogKeys.institutions(q),
    queryFn: ({ signal }) => api<Items<Institution>>('/catalog/institutions', { query: { q, limit: 20 }, signal }),
    staleTime: LONG,
    placeholderData: keepPreviousData,
  });

/** The plan period that contains a fiscal year (the latest one if none does). */
export function periodOfYear(periods: Period[], fy: number | undefined): Period | undefined {
  if (fy !== undefined) {
    const hit = periods.find((p) => p.startFiscalYear <= fy && fy <= p.endFiscalYear);
    if (hit) return hit;
  }
  return periods.reduce<Period | undefined>((a, p) => (!a || p.startFiscalYear > a.startFiscalYear ? p : a), undefined);
}
