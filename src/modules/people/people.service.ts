import type { Db } from '../../db/client.ts';
import { ConflictError, ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { hashPassword } from '../auth/password.ts';
import { createPeopleRepository } from './people.repository.ts';
import { ROLE_SCOPE, ROLES, type Role, type RoleGrant } from './roles.ts';

export const MIN_PASSWORD_LENGTH = 10;

export type NewUser = {
  email: string;
  displayName: string;
  password: string;
  locale?: 'ja' | 'en';
  role: string;
  /** id or code of the role's scope (program, integrated project, disease area), or a researcher number for 'researcher'. */
  scope?: string;
};

export function createPeopleService(deps: { db: Db }) {
  const { db } = deps;
  const repo = createPeopleRepository(db);
  return {
    /** Creates a user with one role; the scope must match what the role is bound to. */
    async createUser(input: NewUser, actorUserId: number | null) {
      const email = input.email.trim();
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
        throw new ValidationError({ ja: 'メールアドレスの形式が正しくありません。', en: 'The email address is not valid.' }, [
          { path: 'email', message: 'invalid email' },
        ]);
      }
      if (!(ROLES as readonly string[]).includes(input.role)) {
        throw new ValidationError(
          { ja: `役割は ${ROLES.join(', ')} のいずれかです。`, en: `The role must be one of ${ROLES.join(', ')}.` },
          [{ path: 'role', message: 'unknown role' }],
        );
      }
      if (input.password.length < MIN_PASSWORD_LENGTH) {
        throw new ValidationError(
          {
            ja: `パスワードは${MIN_PASSWORD_LENGTH}文字以上にしてください。`,
            en: `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
          },
          [{ path: 'password', message: 'too short' }],
        );
      }
      const role = input.role as Role;
      const scopeType = ROLE_SCOPE[role];
      const needsScope = scopeType !== 'agency';
      if (needsScope && !input.scope) {
        throw new ValidationError(
          { ja: `役割 ${role} には担当範囲（--scope）が必要です。`, en: `The role ${role} needs a scope (--scope).` },
          [{ path: 'scope', message: `required for ${role}` }],
        );
      }
      return db.transaction(async (tx) => {
        if (await repo.emailTaken(email, tx)) {
          throw new ConflictError('email_taken', {
            ja: 'このメールアドレスは既に登録されています。',
            en: 'This email address is already registered.',
          });
        }
        const scopeId = needsScope ? await repo.resolveScope(scopeType, input.scope as string, tx) : null;
        if (needsScope && scopeId === null) {
          throw new ValidationError({ ja: `担当範囲 ${input.scope} が見つかりません。`, en: `No ${scopeType} matches ${input.scope}.` }, [
            { path: 'scope', message: 'not found' },
          ]);
        }
        const grant: RoleGrant = {
          role,
          scopeType: scopeType === 'self' ? 'self' : scopeType,
          scopeId: scopeType === 'self' ? null : scopeId,
        };
        const user = await repo.insertUser(
          { email, displayName: input.displayName, passwordHash: await hashPassword(input.password), locale: input.locale ?? 'ja' },
          [grant],
          tx,
        );
        if (scopeType === 'self' && scopeId !== null) await repo.linkResearcher(scopeId, user.id, tx);
        await recordAudit(tx, {
          actorUserId,
          action: 'user.create',
          entityType: 'user',
          entityId: user.id,
          after: { email, displayName: input.displayName, role, scopeType, scopeId },
        });
        return { id: user.id, email, role, scopeType, scopeId };
      });
    },

    listUsers: () => repo.listUsers(),
  };
}
