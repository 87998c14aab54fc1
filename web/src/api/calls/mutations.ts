import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';
import { callKeys } from './keys.ts';
import type { CallDetailT, CallInputT, CallPatchT } from './types.ts';

export function useCreateCall() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CallInputT) => api<CallDetailT>('/calls', { method: 'POST', body: input }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: callKeys.all }),
  });
}

export function useUpdateCall(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: CallPatchT) => api<CallDetailT>(`/calls/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: (call) => {
      qc.setQueryData(callKeys.detail(id), call);
      void qc.invalidateQueries({ queryKey: callKeys.lists() });
    },
  });
}

/** Starts the checks or the letters of a call as a background job. */
export function useCallJob(id: number, what: 'checks' | 'letters') {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ jobId: string }>(`/calls/${id}/${what}`, { method: 'POST' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['jobs'] }),
  });
}
