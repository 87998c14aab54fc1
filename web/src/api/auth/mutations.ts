import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../client.ts';
import type { Session } from '../types.ts';
import { authKeys } from './keys.ts';

export function useSignIn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => api<Session>('/auth/login', { method: 'POST', body, quiet401: true }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      qc.setQueryData(authKeys.session(), session);
    },
  });
}

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/auth/logout', { method: 'POST', quiet401: true }),
    onSettled: () => {
      setCsrfToken(null);
      // Nothing from the previous user may stay in the cache.
      qc.clear();
      qc.setQueryData(authKeys.session(), null);
    },
  });
}
