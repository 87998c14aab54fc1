import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { DomainError, TooManyRequestsError, UnauthenticatedError } from '../../errors.ts';
import type { Locale } from '../../lib/locale.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { RoleGrant } from '../people/roles.ts';
import type { Actor } from './actor.ts';
import { type AuthRepository, scopeNamesOf } from './auth.repository.ts';
import { hashPassword, verifyPassword } from './password.ts';

/** Failed sign-ins allowed per account, and per address, in the window before throttling. */
export const THROTTLE = { windowSeconds: 15 * 60, perAccount: 5, perAddress: 30 };

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

// Verified against when the account does not exist, so timing does not reveal which emails exist.
let dummyHash: Promise<string> | null = null;

export type SessionView = {
  user: {
    id: number;
    email: string;
    displayName: string;
    displayNameEn: string;
    locale: Locale;
    roles: (RoleGrant & { scopeNameJa: string | null; scopeNameEn: string | null })[];
  };
  csrfToken: string;
};

export function createAuthService(deps: { db: Db; repo: AuthRepository; config: Pick<Config, 'session'> }) {
  const { db, repo, config } = deps;

  /** A user row with its roles and researcher record, as services see the caller. */
  async function toActor(user: { id: number; email: string; displayName: string; displayNameEn?: string; locale: string }): Promise<Actor> {
    const [roles, researcherId] = await Promise.all([repo.rolesOf(user.id), repo.researcherIdOf(user.id)]);
    return {
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      displayNameEn: user.displayNameEn ?? '',
      locale: user.locale === 'en' ? 'en' : 'ja',
      roles,
      researcherId,
    };
  }

  async function describe(actor: Actor, csrfToken: string): Promise<SessionView> {
    const names = await scopeNamesOf(db, actor.roles);
    return {
      user: {
        id: actor.userId,
        email: actor.email,
        displayName: actor.displayName,
        displayNameEn: actor.displayNameEn ?? '',
        locale: actor.locale,
        roles: actor.roles.map((g) => {
          const n = names.get(`${g.scopeType}:${g.scopeId}`);
          return { ...g, scopeNameJa: n?.ja ?? null, scopeNameEn: n?.en ?? null };
        }),
      },
      csrfToken,
    };
  }

  return {
    /** Checks the password, throttles guessing, and opens a new session (a fresh id at every sign-in). */
    async login(input: { email: string; password: string; ip: string; userAgent: string | null; requestId: string }) {
      const email = input.email.trim();
      const failures = await repo.countFailures(email, input.ip, THROTTLE.windowSeconds);
      if (failures.byEmail >= THROTTLE.perAccount || failures.byIp >= THROTTLE.perAddress) {
        throw new TooManyRequestsError(60, {
          ja: 'サインインの失敗が続いたため、一時的に制限しています。しばらく待ってからやり直してください。',
          en: 'Too many failed sign-ins. Wait a while and try again.',
        });
      }
      const user = await repo.findUserByEmail(email);
      dummyHash ??= hashPassword(newToken());
      let ok = false;
      if (user?.passwordHash) ok = await verifyPassword(user.passwordHash, input.password);
      else await verifyPassword(await dummyHash, input.password);
      if (!user || !ok || !user.active) {
        await repo.recordLoginAttempt(email, input.ip, false);
        throw new DomainError(401, 'invalid_credentials', {
          ja: 'メールアドレスまたはパスワードが正しくありません。',
          en: 'The email address or password is not correct.',
        });
      }
      const token = newToken();
      const csrfToken = newToken();
      const expiresAt = new Date(Date.now() + config.session.absoluteHours * 3600_000);
      await db.transaction(async (tx) => {
        await repo.clearFailures(email, tx);
        await repo.recordLoginAttempt(email, input.ip, true, tx);
        await repo.insertSession(
          { id: sha256(token), userId: user.id, csrfToken, expiresAt, ip: input.ip, userAgent: input.userAgent?.slice(0, 300) ?? null },
          tx,
        );
        await recordAudit(tx, {
          actorUserId: user.id,
          action: 'auth.login',
          entityType: 'user',
          entityId: user.id,
          requestId: input.requestId,
          ip: input.ip,
        });
      });
      const actor = await this.actorOf(user.id);
      return { token, expiresAt, view: await describe(actor, csrfToken) };
    },

    async actorOf(userId: number): Promise<Actor> {
      const user = await repo.findUserById(userId);
      if (!user) throw new UnauthenticatedError();
      return toActor(user);
    },

    /** The actor behind a session cookie, or null when it is unknown, expired or idle too long. */
    async resolveSession(token: string): Promise<{ actor: Actor; sessionId: string; csrfToken: string } | null> {
      const id = sha256(token);
      const row = await repo.findSession(id);
      if (!row?.user.active) return null;
      const idleMs = Date.now() - new Date(row.session.lastSeenAt).getTime();
      if (idleMs > config.session.idleMinutes * 60_000) {
        await repo.deleteSession(id);
        return null;
      }
      if (idleMs > 60_000) await repo.touchSession(id);
      return { sessionId: id, csrfToken: row.session.csrfToken, actor: await toActor(row.user) };
    },

    async logout(sessionId: string, actor: Actor) {
      await db.transaction(async (tx) => {
        await repo.deleteSession(sessionId, tx);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'auth.logout',
          entityType: 'user',
          entityId: actor.userId,
          requestId: actor.requestId,
          ip: actor.ip,
        });
      });
    },

    describe,

    csrfMatches(expected: string, given: string | undefined): boolean {
      if (!given) return false;
      const a = Buffer.from(expected);
      const b = Buffer.from(given);
      return a.length === b.length && timingSafeEqual(a, b);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
