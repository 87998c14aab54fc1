import { and, eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import {
  departments,
  diseaseAreas,
  institutions,
  integratedProjects,
  ministries,
  programPlacements,
  programs,
  projectBudgets,
  projectDiseaseAreas,
  projectMembers,
  projects,
  researchers,
  userRoles,
  users,
} from '../../src/db/schema.ts';
import { searchTextOf } from '../../src/lib/text-search.ts';
import { hashPassword } from '../../src/modules/auth/password.ts';
import { ROLE_SCOPE, type Role } from '../../src/modules/people/roles.ts';

/**
 * Builders for test data. Each creates what it needs and the missing parents, with unique
 * codes, so a test states only what matters to it. They expect the reference catalog
 * (periods, fiscal years, integrated projects) to be loaded.
 */
let seq = 0;
const next = () => ++seq + Math.floor(Math.random() * 1e6) * 1000;

export const PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | null = null;

export async function integratedProjectOf(db: Db, periodId: number, ordinal = 1) {
  const [ip] = await db
    .select()
    .from(integratedProjects)
    .where(and(eq(integratedProjects.periodId, periodId), eq(integratedProjects.ordinal, ordinal)));
  if (!ip) throw new Error(`no integrated project ${ordinal} in period ${periodId}`);
  return ip;
}

export async function buildInstitution(db: Db, over: Partial<typeof institutions.$inferInsert> = {}) {
  const n = next();
  const [row] = await db
    .insert(institutions)
    .values({ code: `inst-${n}`, nameJa: `試験大学${n}`, nameEn: `Test University ${n}`, kind: 'university', ...over })
    .returning();
  return row!;
}

export async function buildResearcher(db: Db, over: Partial<typeof researchers.$inferInsert> = {}) {
  const n = next();
  const institutionId = over.institutionId ?? (await buildInstitution(db)).id;
  const [row] = await db
    .insert(researchers)
    .values({
      researcherNumber: String(10_000_000 + (n % 89_999_999)).padStart(8, '0'),
      familyNameJa: '試験',
      givenNameJa: `太郎${n}`,
      familyNameEn: 'Shiken',
      givenNameEn: `Taro${n}`,
      institutionId,
      ...over,
    })
    .returning();
  return row!;
}

export async function buildProgram(db: Db, over: { periodId?: number; integratedProjectId?: number } = {}) {
  const n = next();
  const periodId = over.periodId ?? 2;
  const ipId = over.integratedProjectId ?? (await integratedProjectOf(db, periodId)).id;
  const [ministry] = await db
    .insert(ministries)
    .values({ code: `min-${n}`, nameJa: `試験省${n}`, nameEn: `Ministry ${n}` })
    .returning();
  const [department] = await db
    .insert(departments)
    .values({ code: `dep-${n}`, nameJa: `試験事業部${n}`, nameEn: `Department ${n}` })
    .returning();
  const [program] = await db
    .insert(programs)
    .values({
      code: `prog-${n}`,
      nameJa: `試験事業${n}`,
      nameEn: `Test Program ${n}`,
      ministryId: ministry!.id,
      departmentId: department!.id,
      startFiscalYear: 2020,
    })
    .returning();
  await db.insert(programPlacements).values({ programId: program!.id, periodId, integratedProjectId: ipId });
  return { ...program!, integratedProjectId: ipId };
}

export type ProjectOverrides = Partial<typeof projects.$inferInsert> & {
  budgets?: { fiscalYear: number; source: string; amountYen: number }[];
  diseaseAreaIds?: number[];
};

export async function buildProject(db: Db, over: ProjectOverrides = {}) {
  const n = next();
  const { budgets, diseaseAreaIds, ...fields } = over;
  const programId = fields.programId ?? (await buildProgram(db)).id;
  const pi = fields.piResearcherId ? { id: fields.piResearcherId, institutionId: fields.institutionId } : await buildResearcher(db);
  const titleJa = fields.titleJa ?? `試験課題${n}：新規治療法の開発`;
  const titleEn = fields.titleEn ?? `Test project ${n}: a new therapy`;
  const grantNumber = fields.grantNumber ?? `JP22tt${String(n).padStart(7, '0').slice(-7)}`;
  const [row] = await db
    .insert(projects)
    .values({
      grantNumber,
      titleJa,
      titleEn,
      piResearcherId: pi.id,
      institutionId: fields.institutionId ?? pi.institutionId ?? (await buildInstitution(db)).id,
      programId,
      startFiscalYear: 2022,
      endFiscalYear: 2024,
      modality: 'drug',
      stage: 'drug_screening',
      searchText: searchTextOf(titleJa, titleEn, fields.abstractJa, fields.abstractEn, grantNumber),
      ...fields,
    })
    .returning();
  const project = row!;
  await db.insert(projectMembers).values({ projectId: project.id, researcherId: pi.id, role: 'pi', effortPercent: 20 });
  const rows = budgets ?? [{ fiscalYear: project.startFiscalYear, source: 'initial', amountYen: 30_000_000 }];
  if (rows.length) await db.insert(projectBudgets).values(rows.map((b) => ({ ...b, projectId: project.id })));
  if (diseaseAreaIds?.length)
    await db.insert(projectDiseaseAreas).values(diseaseAreaIds.map((d) => ({ projectId: project.id, diseaseAreaId: d })));
  return project;
}

/** A user with one role; `scopeId` is the program, integrated project or disease area; researchers get a researcher record. */
export async function buildUser(db: Db, role: Role, opts: { scopeId?: number; email?: string; researcherId?: number } = {}) {
  const n = next();
  passwordHash ??= hashPassword(PASSWORD);
  const email = opts.email ?? `${role}-${n}@test.example`;
  const [user] = await db
    .insert(users)
    .values({ email, displayName: `${role} ${n}`, passwordHash: await passwordHash })
    .returning();
  const scopeType = ROLE_SCOPE[role];
  await db
    .insert(userRoles)
    .values({ userId: user!.id, role, scopeType, scopeId: scopeType === 'agency' || scopeType === 'self' ? null : (opts.scopeId ?? null) });
  let researcherId: number | null = null;
  if (role === 'researcher') {
    if (opts.researcherId) {
      await db.update(researchers).set({ userId: user!.id }).where(eq(researchers.id, opts.researcherId));
      researcherId = opts.researcherId;
    } else researcherId = (await buildResearcher(db, { userId: user!.id })).id;
  }
  return { ...user!, email, password: PASSWORD, researcherId };
}

export async function diseaseAreaOf(db: Db, periodId: number, ordinal = 1) {
  const [row] = await db
    .select()
    .from(diseaseAreas)
    .where(and(eq(diseaseAreas.periodId, periodId), eq(diseaseAreas.ordinal, ordinal)));
  if (!row) throw new Error(`no disease area ${ordinal} in period ${periodId}`);
  return row;
}

/**
 * Two of each scope in the 2nd plan period, for "in scope" and "out of scope" callers: integrated
 * projects A and B, a program placed in each, and disease areas A and B.
 */
export async function buildTwoScopes(db: Db) {
  const ipA = await integratedProjectOf(db, 2, 1);
  const ipB = await integratedProjectOf(db, 2, 2);
  const programA = await buildProgram(db, { periodId: 2, integratedProjectId: ipA.id });
  const programB = await buildProgram(db, { periodId: 2, integratedProjectId: ipB.id });
  const areaA = await diseaseAreaOf(db, 2, 1);
  const areaB = await diseaseAreaOf(db, 2, 2);
  return { ipA, ipB, programA, programB, areaA, areaB };
}
