import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  departments,
  diseaseAreas,
  fiscalYears,
  institutions,
  integratedProjects,
  ministries,
  planPeriods,
  programPlacements,
  programs,
  userRoles,
  users,
} from '../../db/schema.ts';

export function createCatalogRepository(db: Db) {
  return {
    periods: () => db.select().from(planPeriods).orderBy(asc(planPeriods.id)),
    fiscalYears: () => db.select().from(fiscalYears).orderBy(asc(fiscalYears.fiscalYear)),

    integratedProjects: (periodId?: number) =>
      db
        .select()
        .from(integratedProjects)
        .where(periodId ? eq(integratedProjects.periodId, periodId) : undefined)
        .orderBy(asc(integratedProjects.periodId), asc(integratedProjects.ordinal)),

    diseaseAreas: (periodId?: number) =>
      db
        .select()
        .from(diseaseAreas)
        .where(periodId ? eq(diseaseAreas.periodId, periodId) : undefined)
        .orderBy(asc(diseaseAreas.periodId), asc(diseaseAreas.ordinal)),

    async programs(filter: { periodId?: number; integratedProjectId?: number }) {
      const placed =
        filter.periodId || filter.integratedProjectId
          ? db
              .select({ id: programPlacements.programId })
              .from(programPlacements)
              .where(
                and(
                  filter.periodId ? eq(programPlacements.periodId, filter.periodId) : undefined,
                  filter.integratedProjectId ? eq(programPlacements.integratedProjectId, filter.integratedProjectId) : undefined,
                ),
              )
          : undefined;
      return db
        .select({ program: programs, ministry: ministries, department: departments })
        .from(programs)
        .innerJoin(ministries, eq(ministries.id, programs.ministryId))
        .innerJoin(departments, eq(departments.id, programs.departmentId))
        .where(placed ? inArray(programs.id, placed) : undefined)
        .orderBy(asc(programs.id));
    },

    placements: (programIds: number[]) =>
      programIds.length === 0
        ? Promise.resolve([])
        : db.select().from(programPlacements).where(inArray(programPlacements.programId, programIds)),

    /** Holders of scoped posts (PD, PS, PO, DC) for the given scope ids. */
    postHolders: (scopeType: string, scopeIds: number[]) =>
      scopeIds.length === 0
        ? Promise.resolve([])
        : db
            .select({
              role: userRoles.role,
              scopeId: userRoles.scopeId,
              userId: users.id,
              displayName: users.displayName,
              displayNameEn: users.displayNameEn,
            })
            .from(userRoles)
            .innerJoin(users, eq(users.id, userRoles.userId))
            .where(and(eq(userRoles.scopeType, scopeType), inArray(userRoles.scopeId, scopeIds), eq(users.active, true)))
            .orderBy(asc(users.id)),

    institutions: (q: string | undefined, limit: number) =>
      db
        .select({ id: institutions.id, nameJa: institutions.nameJa, nameEn: institutions.nameEn, kind: institutions.kind })
        .from(institutions)
        .where(
          q
            ? or(
                ilike(institutions.nameJa, `%${escapeLike(q)}%`),
                ilike(institutions.nameEn, `%${escapeLike(q)}%`),
                sql`exists (select 1 from unnest(${institutions.aliases}) a where a ilike ${`%${escapeLike(q)}%`})`,
              )
            : undefined,
        )
        .orderBy(asc(institutions.nameEn))
        .limit(limit),

    ministries: () => db.select().from(ministries).orderBy(asc(ministries.id)),
    departments: () => db.select().from(departments).orderBy(asc(departments.id)),

    periodOfFiscalYear: async (fy: number) => {
      const [row] = await db.select({ periodId: fiscalYears.periodId }).from(fiscalYears).where(eq(fiscalYears.fiscalYear, fy));
      return row?.periodId ?? null;
    },
  };
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export type CatalogRepository = ReturnType<typeof createCatalogRepository>;
