export const overviewKeys = {
  all: ['overview'] as const,
  year: (fiscalYear: number) => [...overviewKeys.all, fiscalYear] as const,
};
