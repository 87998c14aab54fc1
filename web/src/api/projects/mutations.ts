import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';
import { overviewKeys } from '../overview/keys.ts';
import type { ProjectDetail, ProjectPatch } from '../types.ts';
import { projectKeys } from './keys.ts';

export function useUpdateProject(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: ProjectPatch) => api<ProjectDetail>(`/projects/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: (project) => {
      qc.setQueryData(projectKeys.detail(id), project);
      void qc.invalidateQueries({ queryKey: projectKeys.lists() });
      void qc.invalidateQueries({ queryKey: overviewKeys.all });
    },
  });
}
