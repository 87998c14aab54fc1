import { queryOptions } from '@tanstack/react-query';
import { api } from '../client.ts';

type Named = { id: number; nameJa: string; nameEn: string };
export type HandoffPath = {
  projectId: number;
  nodes: {
    id: number;
    grantNumber: string;
    titleJa: string;
    titleEn: string;
    program: Named;
    startFiscalYear: number;
    endFiscalYear: number;
    totalYen: number;
    adjustmentYen: number;
  }[];
  milestones: { projectId: number; kind: string; occurredOn: string | null; fiscalYear: number; titleJa: string; titleEn: string }[];
  sankey: { nodes: { name: string; labelJa: string; labelEn: string }[]; links: { source: string; target: string; valueYen: number }[] };
};
export type Recommendations = {
  projectId: number;
  nearFinalGate: boolean;
  items: {
    program: Named;
    score: number;
    pastProjects: number;
    reasons: { kind: string; count: number; terms: string[]; textJa: string; textEn: string }[];
  }[];
};
export type Measures = {
  years: {
    fiscalYear: number;
    movedOn: number;
    meanWaitYears: number | null;
    ended: number;
    reachedCompany: number;
    companyShare: number | null;
  }[];
};

export const handoffKeys = {
  all: ['handoff'] as const,
  path: (id: number) => ['handoff', 'path', id] as const,
  recommendations: (id: number) => ['handoff', 'recommendations', id] as const,
  measures: () => ['handoff', 'measures'] as const,
};

export const handoffPathQuery = (id: number) =>
  queryOptions({ queryKey: handoffKeys.path(id), queryFn: ({ signal }) => api<HandoffPath>(`/projects/${id}/handoff-path`, { signal }) });

export const recommendationsQuery = (id: number) =>
  queryOptions({
    queryKey: handoffKeys.recommendations(id),
    queryFn: ({ signal }) => api<Recommendations>(`/projects/${id}/successor-recommendations`, { signal }),
  });

export const measuresQuery = () =>
  queryOptions({ queryKey: handoffKeys.measures(), queryFn: ({ signal }) => api<Measures>('/handoff/measures', { signal }) });
