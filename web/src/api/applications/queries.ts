import { queryOptions } from '@tanstack/react-query';
import { api } from '../client.ts';
import { applicationKeys } from './keys.ts';
import type { ApplicationDetailT, ApplicationListT, EffortRegisterT, FlagT } from './types.ts';

export const myApplicationsQuery = () =>
  queryOptions({ queryKey: applicationKeys.mine(), queryFn: ({ signal }) => api<ApplicationListT>('/my/applications', { signal }) });

export const applicationQuery = (id: number) =>
  queryOptions({
    queryKey: applicationKeys.detail(id),
    queryFn: ({ signal }) => api<ApplicationDetailT>(`/applications/${id}`, { signal }),
  });

export const applicationFlagsQuery = (id: number) =>
  queryOptions({
    queryKey: applicationKeys.flags(id),
    queryFn: ({ signal }) => api<{ items: FlagT[] }>(`/applications/${id}/flags`, { signal }),
  });

export const effortRegisterQuery = (id: number) =>
  queryOptions({
    queryKey: applicationKeys.effort(id),
    queryFn: ({ signal }) => api<EffortRegisterT>(`/applications/${id}/effort`, { signal }),
  });
