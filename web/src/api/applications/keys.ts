export const applicationKeys = {
  all: ['applications'] as const,
  mine: () => [...applicationKeys.all, 'mine'] as const,
  detail: (id: number) => [...applicationKeys.all, 'detail', id] as const,
  flags: (id: number) => [...applicationKeys.all, 'flags', id] as const,
  effort: (id: number) => [...applicationKeys.all, 'effort', id] as const,
};
