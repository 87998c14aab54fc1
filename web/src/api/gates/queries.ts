import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DecisionInput, GateReviewInput, ProjectGates } from '../../../../src/modules/gates/gates.schemas.ts';
import type { MilestonePatch, OverdueList, ProjectSteering, ReportReview } from '../../../../src/modules/gates/steering.schemas.ts';
import { api } from '../client.ts';
import { projectKeys } from '../projects/keys.ts';

export type ProjectGatesT = z.infer<typeof ProjectGates>;
export type ProjectSteeringT = z.infer<typeof ProjectSteering>;
export type OverdueListT = z.infer<typeof OverdueList>;
export type GateReviewBody = z.input<typeof GateReviewInput>;
export type DecisionBody = z.input<typeof DecisionInput>;

export const gateKeys = {
  all: ['gates'] as const,
  project: (id: number) => [...gateKeys.all, 'project', id] as const,
  steering: (id: number) => [...gateKeys.all, 'steering', id] as const,
  overdue: () => [...gateKeys.all, 'overdue'] as const,
};

export const projectGatesQuery = (id: number) =>
  queryOptions({ queryKey: gateKeys.project(id), queryFn: ({ signal }) => api<ProjectGatesT>(`/projects/${id}/gates`, { signal }) });

export const projectSteeringQuery = (id: number) =>
  queryOptions({ queryKey: gateKeys.steering(id), queryFn: ({ signal }) => api<ProjectSteeringT>(`/projects/${id}/steering`, { signal }) });

export const overdueQuery = () =>
  queryOptions({ queryKey: gateKeys.overdue(), queryFn: ({ signal }) => api<OverdueListT>('/steering/overdue', { signal }) });

function useRefresh(projectId: number) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: gateKeys.all });
    void qc.invalidateQueries({ queryKey: projectKeys.detail(projectId) });
    void qc.invalidateQueries({ queryKey: projectKeys.lists() });
  };
}

export function useFileGateReview(projectId: number) {
  const refresh = useRefresh(projectId);
  return useMutation({
    mutationFn: (body: GateReviewBody) => api(`/projects/${projectId}/gate-reviews`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useDecideGate(projectId: number) {
  const refresh = useRefresh(projectId);
  return useMutation({
    mutationFn: ({ reviewId, body }: { reviewId: number; body: DecisionBody }) =>
      api(`/gate-reviews/${reviewId}/decision`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useUpdateMilestone(projectId: number) {
  const refresh = useRefresh(projectId);
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: z.input<typeof MilestonePatch> }) => api(`/milestones/${id}`, { method: 'PATCH', body }),
    onSuccess: refresh,
  });
}

export function useReviewReport(projectId: number) {
  const refresh = useRefresh(projectId);
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: z.input<typeof ReportReview> }) =>
      api(`/reports/${id}/review`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useSendReminders() {
  return useMutation({ mutationFn: () => api<{ jobId: string }>('/steering/reminders', { method: 'POST' }) });
}
