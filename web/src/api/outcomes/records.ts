import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';

export type OutcomeRecord = {
  id: number;
  kind: string;
  fiscalYear: number;
  titleJa: string;
  titleEn: string;
  status: 'reported' | 'verified' | 'rejected';
  source: string;
  details: Record<string, unknown>;
  version: number;
};
export type ProjectOutcomes = { items: OutcomeRecord[]; permissions: { canReport: boolean; canVerify: boolean } };
export type NewOutcome = {
  kind: string;
  fiscalYear: number;
  titleJa: string;
  titleEn: string;
  topJournal?: boolean;
  details: Record<string, unknown>;
};

const key = (projectId: number) => ['outcomes', 'project', projectId] as const;
export const projectOutcomesQuery = (projectId: number) =>
  queryOptions({ queryKey: key(projectId), queryFn: ({ signal }) => api<ProjectOutcomes>(`/projects/${projectId}/outcomes`, { signal }) });

export function useReportOutcome(projectId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewOutcome) => api<OutcomeRecord>(`/projects/${projectId}/outcomes`, { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(projectId) }),
  });
}

export function useVerifyOutcome(projectId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; version: number; decision: 'verified' | 'rejected' }) =>
      api<OutcomeRecord>(`/outcomes/${v.id}/verify`, { method: 'POST', body: { version: v.version, decision: v.decision } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(projectId) }),
  });
}
