export const jobKeys = {
  all: ['jobs'] as const,
  list: () => [...jobKeys.all, 'list'] as const,
  detail: (id: string | number) => [...jobKeys.all, 'detail', id] as const,
};
