import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ForbiddenError } from '../../errors.ts';
import { actorOf, requireAuth, SESSION_COOKIE } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import { LoginBody, SessionResponse } from './auth.schemas.ts';
import type { AuthService } from './auth.service.ts';

export const authRoutes: FastifyPluginAsyncZod<{ auth: AuthService; secureCookies: 'auto' | boolean }> = async (
  app,
  { auth, secureCookies },
) => {
  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; starts a session (cookie) and returns the CSRF token',
        security: [],
        body: LoginBody,
        response: { 200: SessionResponse, 401: ProblemResponse, 429: ProblemResponse },
      },
    },
    async (request, reply) => {
      // Login CSRF: a browser form on another site must not sign a victim into our site.
      const origin = request.headers.origin;
      if (origin && hostOf(origin) !== request.host) throw new ForbiddenError();
      const { token, expiresAt, view } = await auth.login({
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        requestId: request.id,
      });
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies === 'auto' ? request.protocol === 'https' : secureCookies,
        expires: expiresAt,
      });
      return view;
    },
  );

  app.get(
    '/auth/session',
    {
      onRequest: requireAuth,
      schema: { tags: ['auth'], summary: 'The signed-in user and CSRF token', response: { 200: SessionResponse, 401: ProblemResponse } },
    },
    async (request) => {
      return auth.describe(actorOf(request), request.csrfToken ?? '');
    },
  );

  app.post(
    '/auth/logout',
    {
      onRequest: requireAuth,
      schema: { tags: ['auth'], summary: 'End the session', response: { 204: z.null(), 401: ProblemResponse } },
    },
    async (request, reply) => {
      await auth.logout(request.sessionId as string, actorOf(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
};

/** The host of an Origin header, or '' for a malformed one (which then never matches). */
function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return '';
  }
}
