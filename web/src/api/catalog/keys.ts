export const catalogKeys = {
  all: ['catalog'] as const,
  periods: () => [...catalogKeys.all, 'periods'] as const,
  integratedProjects: (period: number | undefined) => [...catalogKeys.all, 'integrated-projects', { period }] as const,
  diseaseAreas: (period: number | undefined) => [...catalogKeys.all, 'disease-areas', { period }] as const,
  programs: (period: number | undefined, integratedProject?: number) =>
    [...catalogKeys.all, 'programs', { period, integratedProject }] as const,
  institutions: (q: string) => [...catalogKeys.all, 'institutions', { q }] as const,
};
