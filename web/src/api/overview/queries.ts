import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { Overview } from '../types.ts';
import { overviewKeys } from './keys.ts';

/** Without a fiscal year the server picks the latest one with money. */
export const overviewQuery = (fiscalYear: number | undefined) =>
  queryOptions({
    queryKey: overviewKeys.year(fiscalYear),
    queryFn: ({ signal }) => api<Overview>('/overview', { query: fiscalYear ? { fiscalYear } : {}, signal }),
    placeholderData: keepPreviousData,
  });
