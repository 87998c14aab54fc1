import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { ForbiddenError, UnauthenticatedError } from '../errors.ts';
import type { Actor } from '../modules/auth/actor.ts';
import type { AuthService } from '../modules/auth/auth.service.ts';
import type { Role } from '../modules/people/roles.ts';

export const SESSION_COOKIE = 'seedline_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in actor, or null for an anonymous caller. */
    actor: Actor | null;
    sessionId: string | null;
    /** The session's CSRF token, for the session route to hand back to the client. */
    csrfToken: string | null;
  }
}

/**
 * Reads the session cookie on every request and, for state-changing requests made with a
 * session, demands the session's CSRF token in the X-CSRF-Token header. Routes then say
 * who may call them with `requireAuth` or `requireRoles`.
 */
export default fp(
  async function authPlugin(app: FastifyInstance, opts: { auth: AuthService }) {
    app.decorateRequest('actor', null);
    app.decorateRequest('sessionId', null);
    app.decorateRequest('csrfToken', null);

    app.addHook('onRequest', async (request: FastifyRequest) => {
      if (!request.url.startsWith('/api/')) return;
      const token = request.cookies[SESSION_COOKIE];
      if (!token) return;
      const resolved = await opts.auth.resolveSession(token);
      if (!resolved) return;
      if (!SAFE_METHODS.has(request.method)) {
        const given = request.headers['x-csrf-token'];
        if (!opts.auth.csrfMatches(resolved.csrfToken, typeof given === 'string' ? given : undefined)) {
          throw new ForbiddenError({
            ja: 'セキュリティ確認（CSRFトークン）に失敗しました。ページを再読み込みしてください。',
            en: 'The security check (CSRF token) failed. Reload the page and try again.',
          });
        }
      }
      request.actor = { ...resolved.actor, requestId: request.id, ip: request.ip };
      request.sessionId = resolved.sessionId;
      request.csrfToken = resolved.csrfToken;
    });
  },
  { name: 'seedline-auth', dependencies: ['@fastify/cookie'] },
);

/**
 * Route hooks, run as `onRequest` so that an anonymous or unauthorised caller is refused
 * before the request is parsed or validated (and learns nothing about the schema).
 */

/** Any signed-in user. */
export const requireAuth: onRequestHookHandler = async (request: FastifyRequest, _reply: FastifyReply) => {
  if (!request.actor) throw new UnauthenticatedError();
};

/** A signed-in user holding at least one of the roles (scope is checked by the service). */
export function requireRoles(...roles: Role[]): onRequestHookHandler {
  return async (request: FastifyRequest) => {
    if (!request.actor) throw new UnauthenticatedError();
    if (!request.actor.roles.some((g) => roles.includes(g.role))) throw new ForbiddenError();
  };
}

/** The actor of a route guarded by requireAuth/requireRoles. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthenticatedError();
  return request.actor;
}
