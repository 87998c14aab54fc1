import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { Overview } from '../types.ts';
import { overviewKeys } from './keys.ts';

export const overviewQuery = (fiscalYear: number) =>
  queryOptions({
    queryKey: overviewKeys.year(fiscalYear),
    queryFn: ({ signal }) => api<Overview>('/overview', { query: { fiscalYear }, signal }),
    placeholderData: keepPreviousData,
  });
