export const overviewKeys = {
  all: ['overview'] as const,
  year: (fiscalYear: number | undefined) => [...overviewKeys.all, fiscalYear ?? 'latest'] as const,
};
