import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { type ProjectSearch, parseProjectSearch } from '../../features/projects/search.ts';
import { api } from '../client.ts';
import type { ProjectDetail, ProjectList } from '../types.ts';
import { projectKeys } from './keys.ts';

export const projectListQuery = (search: ProjectSearch) =>
  queryOptions({
    queryKey: projectKeys.list(search),
    queryFn: ({ signal }) => api<ProjectList>('/projects', { query: parseProjectSearch(search as Record<string, unknown>), signal }),
    placeholderData: keepPreviousData,
  });

export const projectQuery = (id: number) =>
  queryOptions({
    queryKey: projectKeys.detail(id),
    queryFn: ({ signal }) => api<ProjectDetail>(`/projects/${id}`, { signal }),
  });
