import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { diseaseAreas, integratedProjects, loginAttempts, programs, researchers, sessions, userRoles, users } from '../../db/schema.ts';
import type { RoleGrant } from '../people/roles.ts';

export type SessionRow = typeof sessions.$inferSelect;

export function createAuthRepository(db: Db) {
  return {
    async findUserByEmail(email: string, trx: Db = db) {
      const [row] = await trx.select().from(users).where(sql`lower(${users.email}) = lower(${email})`).limit(1);
      return row ?? null;
    },

    async findUserById(id: number, trx: Db = db) {
      const [row] = await trx.select().from(users).where(eq(users.id, id)).limit(1);
      return row ?? null;
    },

    async insertSession(row: typeof sessions.$inferInsert, trx: Db = db) {
      await trx.insert(sessions).values(row);
    },

    async findSession(id: string, trx: Db = db) {
      const [row] = await trx
        .select({ session: sessions, user: users })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(and(eq(sessions.id, id), gt(sessions.expiresAt, sql`now()`)))
        .limit(1);
      return row ?? null;
    },

    async touchSession(id: string, trx: Db = db) {
      await trx.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.id, id));
    },

    async deleteSession(id: string, trx: Db = db) {
      await trx.delete(sessions).where(eq(sessions.id, id));
    },

    async deleteSessionsOfUser(userId: number, trx: Db = db) {
      await trx.delete(sessions).where(eq(sessions.userId, userId));
    },

    async rolesOf(userId: number, trx: Db = db): Promise<RoleGrant[]> {
      const rows = await trx
        .select({ role: userRoles.role, scopeType: userRoles.scopeType, scopeId: userRoles.scopeId })
        .from(userRoles)
        .where(eq(userRoles.userId, userId))
        .orderBy(userRoles.id);
      return rows as RoleGrant[];
    },

    async researcherIdOf(userId: number, trx: Db = db): Promise<number | null> {
      const [row] = await trx.select({ id: researchers.id }).from(researchers).where(eq(researchers.userId, userId));
      return row?.id ?? null;
    },

    async recordLoginAttempt(email: string, ip: string, succeeded: boolean, trx: Db = db) {
      await trx.insert(loginAttempts).values({ email: email.toLowerCase(), ip, succeeded });
    },

    /** Failed attempts since `since` for this account and from this address. */
    async countFailures(email: string, ip: string, sinceSeconds: number, trx: Db = db) {
      const [row] = await trx
        .select({
          byEmail: sql<number>`count(*) filter (where ${loginAttempts.email} = ${email.toLowerCase()})::int`,
          byIp: sql<number>`count(*) filter (where ${loginAttempts.ip} = ${ip})::int`,
          lastAt: sql<string | null>`max(${loginAttempts.at})`,
        })
        .from(loginAttempts)
        .where(
          and(
            eq(loginAttempts.succeeded, false),
            gt(loginAttempts.at, sql`now() - make_interval(secs => ${sinceSeconds})`),
            sql`(${loginAttempts.email} = ${email.toLowerCase()} or ${loginAttempts.ip} = ${ip})`,
          ),
        );
      return { byEmail: row?.byEmail ?? 0, byIp: row?.byIp ?? 0 };
    },

    async clearFailures(email: string, trx: Db = db) {
      await trx.delete(loginAttempts).where(and(eq(loginAttempts.email, email.toLowerCase()), eq(loginAttempts.succeeded, false)));
    },
  };
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;

/** Names of the integrated projects, programs and disease areas that roles are scoped to. */
export async function scopeNamesOf(db: Db, grants: RoleGrant[]) {
  const ids = (type: string) => grants.filter((g) => g.scopeType === type && g.scopeId !== null).map((g) => g.scopeId as number);
  const names = new Map<string, { ja: string; en: string }>();
  const load = async (type: string, table: typeof programs | typeof integratedProjects | typeof diseaseAreas) => {
    const list = ids(type);
    if (list.length === 0) return;
    const rows = await db.select({ id: table.id, ja: table.nameJa, en: table.nameEn }).from(table).where(inArray(table.id, list));
    for (const r of rows) names.set(`${type}:${r.id}`, { ja: r.ja, en: r.en });
  };
  await load('program', programs);
  await load('integrated_project', integratedProjects);
  await load('disease_area', diseaseAreas);
  return names;
}
