import type { ProjectSearch } from '../../features/projects/search.ts';

export const projectKeys = {
  all: ['projects'] as const,
  lists: () => [...projectKeys.all, 'list'] as const,
  list: (search: ProjectSearch) => [...projectKeys.lists(), search] as const,
  details: () => [...projectKeys.all, 'detail'] as const,
  detail: (id: number) => [...projectKeys.details(), id] as const,
};
