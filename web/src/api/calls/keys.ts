export const callKeys = {
  all: ['calls'] as const,
  lists: () => [...callKeys.all, 'list'] as const,
  list: (scope: 'public' | 'signed-in') => [...callKeys.lists(), scope] as const,
  detail: (id: number) => [...callKeys.all, 'detail', id] as const,
  applications: (id: number) => [...callKeys.all, 'applications', id] as const,
  stats: (id: number) => [...callKeys.all, 'stats', id] as const,
};
