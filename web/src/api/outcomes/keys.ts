export const outcomeKeys = {
  all: ['outcomes'] as const,
  kpis: (throughFiscalYear: number) => [...outcomeKeys.all, 'kpis', throughFiscalYear] as const,
};
