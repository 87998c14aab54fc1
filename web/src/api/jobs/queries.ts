import { queryOptions } from '@tanstack/react-query';
import { api } from '../client.ts';
import type { Items, Job } from '../types.ts';
import { jobKeys } from './keys.ts';

const isBusy = (j: Job) => j.status === 'running' || j.status === 'queued';

/** Polls every second while any job is queued or running, and stops when all are done. */
export const jobsQuery = () =>
  queryOptions({
    queryKey: jobKeys.list(),
    queryFn: ({ signal }) => api<Items<Job>>('/jobs', { signal }),
    refetchInterval: (query) => (query.state.data?.items.some(isBusy) ? 1000 : false),
  });

export const jobQuery = (id: string | number) =>
  queryOptions({
    queryKey: jobKeys.detail(id),
    queryFn: ({ signal }) => api<Job>(`/jobs/${id}`, { signal }),
    refetchInterval: (query) => (query.state.data && isBusy(query.state.data) ? 1000 : false),
  });

export { isBusy as isJobBusy };
