import { queryOptions } from '@tanstack/react-query';
import type { ApplicationListT } from '../applications/types.ts';
import { api } from '../client.ts';
import { callKeys } from './keys.ts';
import type { CallDetailT, CallStatsT, CallSummaryT } from './types.ts';

export const openCallsQuery = () =>
  queryOptions({
    queryKey: callKeys.list('public'),
    queryFn: ({ signal }) => api<{ items: CallSummaryT[] }>('/public/calls', { signal, quiet401: true }),
  });

export const callsQuery = () =>
  queryOptions({ queryKey: callKeys.list('signed-in'), queryFn: ({ signal }) => api<{ items: CallSummaryT[] }>('/calls', { signal }) });

export const callQuery = (id: number) =>
  queryOptions({ queryKey: callKeys.detail(id), queryFn: ({ signal }) => api<CallDetailT>(`/calls/${id}`, { signal }) });

export const callApplicationsQuery = (id: number) =>
  queryOptions({
    queryKey: callKeys.applications(id),
    queryFn: ({ signal }) => api<ApplicationListT>(`/calls/${id}/applications`, { signal }),
  });

export const callStatsQuery = (id: number) =>
  queryOptions({ queryKey: callKeys.stats(id), queryFn: ({ signal }) => api<CallStatsT>(`/calls/${id}/stats`, { signal }) });
