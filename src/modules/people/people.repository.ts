import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { diseaseAreas, integratedProjects, programs, researchers, userRoles, users } from '../../db/schema.ts';
import type { RoleGrant, ScopeType } from './roles.ts';

export function createPeopleRepository(db: Db) {
  return {
    async emailTaken(email: string, trx: Db = db) {
      const [row] = await trx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${email})`);
      return Boolean(row);
    },

    async insertUser(row: typeof users.$inferInsert, grants: RoleGrant[], trx: Db = db) {
      const [user] = await trx.insert(users).values(row).returning();
      if (!user) throw new Error('insert returned nothing');
      if (grants.length > 0) await trx.insert(userRoles).values(grants.map((g) => ({ ...g, userId: user.id })));
      return user;
    },

    linkResearcher: (researcherId: number, userId: number, trx: Db = db) =>
      trx.update(researchers).set({ userId }).where(eq(researchers.id, researcherId)),

    /** Resolves a scope given as a numeric id or a code (program, integrated project, disease area; researcher number for 'self'). */
    async resolveScope(type: ScopeType, ref: string, trx: Db = db): Promise<number | null> {
      const byId = /^\d+$/.test(ref) && type !== 'self' ? Number(ref) : null;
      const table = { program: programs, integrated_project: integratedProjects, disease_area: diseaseAreas } as const;
      if (type === 'self') {
        const [r] = await trx.select({ id: researchers.id }).from(researchers).where(eq(researchers.researcherNumber, ref));
        return r?.id ?? null;
      }
      if (type === 'agency') return null;
      const t = table[type];
      const [r] = await trx
        .select({ id: t.id })
        .from(t)
        .where(byId !== null ? eq(t.id, byId) : eq(t.code, ref));
      return r?.id ?? null;
    },

    listUsers: () =>
      db
        .select({
          id: users.id,
          email: users.email,
          displayName: users.displayName,
          active: users.active,
          role: userRoles.role,
          scopeType: userRoles.scopeType,
          scopeId: userRoles.scopeId,
        })
        .from(users)
        .leftJoin(userRoles, eq(userRoles.userId, users.id))
        .orderBy(asc(users.id)),
  };
}

export type PeopleRepository = ReturnType<typeof createPeopleRepository>;
