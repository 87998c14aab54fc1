import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { Kpis } from '../types.ts';
import { outcomeKeys } from './keys.ts';

/** Outcome indicators of the plan period that holds the fiscal year, counted up to that year. */
export const kpisQuery = (throughFiscalYear: number) =>
  queryOptions({
    queryKey: outcomeKeys.kpis(throughFiscalYear),
    queryFn: ({ signal }) => api<Kpis>('/outcomes/kpis', { query: { throughFiscalYear }, signal }),
    placeholderData: keepPreviousData,
  });
