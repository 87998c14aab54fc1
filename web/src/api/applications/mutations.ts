import { useMutation, useQueryClient } from '@tanstack/react-query';
import { currentLanguage } from '../../i18n/index.ts';
import { callKeys } from '../calls/keys.ts';
import { ApiError, api } from '../client.ts';
import { applicationKeys } from './keys.ts';
import type { ApplicationDetailT, ApplicationSaveT, DecisionInputT, FlagT } from './types.ts';

function useApplicationMutation<I>(id: number, fn: (input: I) => Promise<ApplicationDetailT>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (app) => {
      qc.setQueryData(applicationKeys.detail(id), app);
      void qc.invalidateQueries({ queryKey: applicationKeys.mine() });
      void qc.invalidateQueries({ queryKey: callKeys.all });
    },
  });
}

export function useCreateApplication() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { callId: number; callTypeId: number }) =>
      api<ApplicationDetailT>('/applications', { method: 'POST', body: input }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: applicationKeys.mine() }),
  });
}

export const useSaveApplication = (id: number) =>
  useApplicationMutation(id, (body: ApplicationSaveT) => api<ApplicationDetailT>(`/applications/${id}`, { method: 'PUT', body }));
export const useSubmitApplication = (id: number) =>
  useApplicationMutation(id, (version: number) =>
    api<ApplicationDetailT>(`/applications/${id}/submit`, { method: 'POST', body: { version } }),
  );
export const useWithdrawApplication = (id: number) =>
  useApplicationMutation(id, (body: { version: number; reason: string }) =>
    api<ApplicationDetailT>(`/applications/${id}/withdraw`, { method: 'POST', body }),
  );
export const useDecideApplication = (id: number) =>
  useApplicationMutation(id, (body: DecisionInputT) => api<ApplicationDetailT>(`/applications/${id}/decision`, { method: 'POST', body }));

/** Uploads a PDF as the raw request body (the server checks it by content). */
export function useUploadAttachment(id: number, csrf: () => string | null) {
  return useApplicationMutation(id, async ({ kind, file }: { kind: string; file: File }) => {
    const res = await fetch(`/api/v1/applications/${id}/attachments/by-kind/${kind}?fileName=${encodeURIComponent(file.name)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/pdf', 'X-CSRF-Token': csrf() ?? '', 'Accept-Language': currentLanguage() },
      credentials: 'same-origin',
      body: file,
    });
    const data = await res.json().catch(() => null);
    if (!res.ok) throw new ApiError({ ...(data ?? {}), status: res.status });
    return data as ApplicationDetailT;
  });
}

export function useDismissFlag(applicationId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) =>
      api<{ items: FlagT[] }>(`/flags/${id}/dismiss`, { method: 'POST', body: { reason } }),
    onSuccess: (flags) => qc.setQueryData(applicationKeys.flags(applicationId), flags),
  });
}
