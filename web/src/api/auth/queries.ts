import { queryOptions } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from '../client.ts';
import type { Session } from '../types.ts';
import { authKeys } from './keys.ts';

/** The current session, or null when nobody is signed in. */
export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api<Session>('/auth/session', { quiet401: true });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export const sessionQuery = () =>
  queryOptions({ queryKey: authKeys.session(), queryFn: fetchSession, staleTime: 5 * 60_000, retry: false });
