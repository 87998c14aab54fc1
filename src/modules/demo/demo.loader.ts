/**
 * Writes the deterministic demo agency into an empty database: reference catalog first, then
 * institutions, users, researchers, projects and everything hanging off them, in multi-row
 * inserts of up to 1,000 rows, reporting progress after each chunk.
 *
 * Not one transaction: on PGlite there is a single connection, and a progress callback that
 * writes (e.g. a job's progress row) would wait for the transaction forever. If the load
 * fails, the rows it added are removed again before the error is rethrown.
 */

import { gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { hashPassword } from '../auth/password.ts';
import { loadDemoCalls } from '../calls/calls.demo.ts';
import { codeMap, DISEASE_AREAS, INTEGRATED_PROJECTS, PROGRAMS, seedReferenceData } from '../catalog/catalog.reference.ts';
import { loadSteeringDemo } from '../funds/funds.demo.ts';
import { loadGatesDemo } from '../gates/gates.demo.ts';
import { institutions, researchers, userRoles, users } from '../people/people.tables.ts';
import type { Role, ScopeType } from '../people/roles.ts';
import { projects } from '../projects/projects.tables.ts';
import { INSTITUTIONS } from './corpus.institutions.ts';
import { generateDemo } from './demo.generator.ts';
import { createSearchTextMemo } from './demo.search-text.ts';
import { DEMO_ACCOUNT_LIST } from './generate.users.ts';

export type DemoProgress = { fraction: number; ja: string; en: string };
export type DemoAccount = {
  email: string;
  role: Role;
  scopeType: ScopeType;
  scopeId: number | null;
  scopeNameJa: string;
  scopeNameEn: string;
  displayName: string;
};
export type DemoSummary = {
  projects: number;
  researchers: number;
  institutions: number;
  outcomes: number;
  users: number;
  accounts: DemoAccount[];
  seconds: number;
};

/** The sign-in accounts, for the README and the start-up banner. */
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; role: Role; descriptionJa: string; descriptionEn: string }> =
  DEMO_ACCOUNT_LIST.map(({ email, role, descriptionJa, descriptionEn }) => ({ email, role, descriptionJa, descriptionEn }));

const CHUNK = 1000;

export async function isDemoLoaded(db: Db): Promise<boolean> {
  const rows = await db.select({ id: projects.id }).from(projects).limit(1);
  return rows.length > 0;
}

export async function loadDemoAgency(
  db: Db,
  opts: { scale: number; password: string; onProgress?: (p: DemoProgress) => void | Promise<void> },
): Promise<DemoSummary> {
  const started = performance.now();
  const report = async (fraction: number, ja: string, en: string) => opts.onProgress?.({ fraction: Math.min(1, fraction), ja, en });

  await report(0, '参照データ（期間・統合プロジェクト・事業）を登録しています', 'Seeding the reference catalog');
  await seedReferenceData(db);
  await report(0.02, 'デモ機関のデータを生成しています', 'Generating the demo agency');
  const data = generateDemo(opts.scale);
  const passwordHash = await hashPassword(opts.password);
  await report(0.08, 'デモ機関のデータを書き込んでいます', 'Writing the demo agency');

  const [programId, ipId, areaId] = await Promise.all([
    codeMap(db, 'programs'),
    codeMap(db, 'integrated_projects'),
    codeMap(db, 'disease_areas'),
  ]);
  const maxId = async (table: typeof projects | typeof researchers) =>
    Number((await db.select({ m: sql<number>`coalesce(max(${table.id}), 0)` }).from(table))[0]?.m ?? 0);
  const projectBase = await maxId(projects);
  const researcherBase = await maxId(researchers);

  const total =
    INSTITUTIONS.length +
    data.users.length * 2 +
    data.researchers.length +
    data.projects.length * 2 +
    data.members.length +
    data.budgets.length +
    data.links.length +
    data.outcomes.length;
  let done = 0;
  const write = async <T>(rows: T[], labelJa: string, labelEn: string, insert: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await insert(chunk);
      done += chunk.length;
      await report(
        0.08 + (0.9 * done) / total,
        `${labelJa}を登録しています（${Math.min(i + CHUNK, rows.length).toLocaleString()}／${rows.length.toLocaleString()}件）`,
        `Writing ${labelEn} (${Math.min(i + CHUNK, rows.length).toLocaleString()} of ${rows.length.toLocaleString()})`,
      );
    }
  };

  try {
    await write([...INSTITUTIONS], '研究機関', 'institutions', (c) =>
      db
        .insert(institutions)
        .values(c.map((x) => ({ code: x.code, nameJa: x.nameJa, nameEn: x.nameEn, kind: x.kind, prefecture: x.prefecture })))
        .onConflictDoNothing(),
    );
    const instRows = await db
      .select({ id: institutions.id, code: institutions.code })
      .from(institutions)
      .where(
        inArray(
          institutions.code,
          INSTITUTIONS.map((x) => x.code),
        ),
      );
    const instId = new Map(instRows.map((r) => [r.code, r.id]));
    const instOf = (i: number) => instId.get(INSTITUTIONS[i]!.code)!;

    await write(data.users, '利用者', 'users', (c) =>
      db
        .insert(users)
        .values(
          c.map((u) => ({
            email: u.email,
            displayName: u.displayName,
            displayNameEn: u.displayNameEn,
            passwordHash: u.signIn ? passwordHash : null,
          })),
        )
        .onConflictDoNothing(),
    );
    const userRows = await db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(
        inArray(
          users.email,
          data.users.map((u) => u.email),
        ),
      );
    const userId = new Map(userRows.map((r) => [r.email.toLowerCase(), r.id]));
    const scopeId = (type: ScopeType, code: string | null): number | null =>
      code === null ? null : ((type === 'integrated_project' ? ipId : type === 'program' ? programId : areaId).get(code) ?? null);
    const roleRows = data.users.flatMap((u) =>
      u.roles.map((r) => ({
        userId: userId.get(u.email)!,
        role: r.role,
        scopeType: r.scopeType,
        scopeId: scopeId(r.scopeType, r.scopeCode),
      })),
    );
    await write(roleRows, '役割', 'roles', (c) => db.insert(userRoles).values(c).onConflictDoNothing());

    await write(
      data.researchers.map((r, i) => ({
        id: researcherBase + i + 1,
        researcher_number: r.number,
        family_name_ja: r.familyNameJa,
        given_name_ja: r.givenNameJa,
        family_name_en: r.familyNameEn,
        given_name_en: r.givenNameEn,
        orcid: r.orcid,
        institution_id: instOf(r.inst),
        user_id: r.userEmail ? (userId.get(r.userEmail) ?? null) : null,
      })),
      '研究者',
      'researchers',
      (c) => insertJson(db, 'researchers', RESEARCHER_COLUMNS, c),
    );

    const pid = (i: number) => projectBase + i + 1;
    const searchTextOf = createSearchTextMemo();
    await write(
      data.projects.map((p, i) => ({
        id: pid(i),
        grant_number: p.grantNumber,
        title_ja: p.titleJa,
        title_en: p.titleEn,
        abstract_ja: p.abstractJa,
        abstract_en: p.abstractEn,
        pi_researcher_id: researcherBase + p.pi + 1,
        institution_id: instOf(p.inst),
        program_id: programId.get(p.program)!,
        start_fiscal_year: p.start,
        end_fiscal_year: p.end,
        modality: p.modality,
        stage: p.stage,
        status: p.status,
        is_public: p.isPublic,
        search_text: searchTextOf(p.titleJa, p.titleEn, p.abstractJa, p.abstractEn, p.grantNumber),
      })),
      '研究開発課題',
      'projects',
      (c) => insertJson(db, 'projects', PROJECT_COLUMNS, c),
    );
    await write(
      data.projects.flatMap((p, i) => p.areas.map((a) => ({ project_id: pid(i), disease_area_id: areaId.get(a)! }))),
      '疾患領域',
      'disease areas',
      (c) => insertJson(db, 'project_disease_areas', { project_id: 'int', disease_area_id: 'int' }, c),
    );
    await write(
      data.members.map((m) => ({
        project_id: pid(m.project),
        researcher_id: researcherBase + m.researcher + 1,
        role: m.role,
        effort_percent: m.effort,
      })),
      '研究体制',
      'team members',
      (c) => insertJson(db, 'project_members', { project_id: 'int', researcher_id: 'int', role: 'text', effort_percent: 'smallint' }, c),
    );
    await write(
      data.budgets.map((b) => ({ project_id: pid(b.project), fiscal_year: b.fy, source: b.source, amount_yen: b.amount })),
      '研究開発費',
      'budgets',
      (c) => insertJson(db, 'project_budgets', { project_id: 'int', fiscal_year: 'smallint', source: 'text', amount_yen: 'bigint' }, c),
    );
    await write(
      data.links.map((l) => ({
        predecessor_id: pid(l.pred),
        successor_id: pid(l.succ),
        kind: l.kind,
        note_ja: l.noteJa,
        note_en: l.noteEn,
      })),
      '事業間連携',
      'project links',
      (c) =>
        insertJson(db, 'project_links', { predecessor_id: 'int', successor_id: 'int', kind: 'text', note_ja: 'text', note_en: 'text' }, c),
    );
    await write(
      data.outcomes.map((o) => ({
        project_id: pid(o.project),
        kind: o.kind,
        fiscal_year: o.fy,
        occurred_on: o.occurredOn,
        title_ja: o.titleJa,
        title_en: o.titleEn,
        top_journal: o.topJournal,
        details: o.details,
        verified: true,
      })),
      '成果',
      'outcomes',
      (c) => insertJson(db, 'outcomes', OUTCOME_COLUMNS, c),
    );
    await db.execute(sql`select setval(pg_get_serial_sequence('projects', 'id'), (select coalesce(max(id), 1) from projects))`);
    await db.execute(sql`select setval(pg_get_serial_sequence('researchers', 'id'), (select coalesce(max(id), 1) from researchers))`);
    await report(0.97, '公募と応募を登録しています', 'Writing calls and applications');
    await loadDemoCalls(db);

    await loadGatesDemo(db, userId.get('po@seedline.example') ?? null);

    const accounts: DemoAccount[] = DEMO_ACCOUNT_LIST.map((a) => {
      const user = data.users.find((u) => u.email === a.email)!;
      const r = user.roles[0]!;
      return {
        email: a.email,
        role: a.role,
        scopeType: r.scopeType,
        scopeId: scopeId(r.scopeType, r.scopeCode),
        ...scopeName(r.scopeType, r.scopeCode),
        displayName: a.displayName,
      };
    });
    await loadSteeringDemo(db);
    await report(1, 'デモ機関の読み込みが完了しました', 'The demo agency is loaded');
    return {
      projects: data.projects.length,
      researchers: data.researchers.length,
      institutions: INSTITUTIONS.length,
      outcomes: data.outcomes.length,
      users: data.users.length,
      accounts,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    // Projects cascade to members, areas, budgets, links and outcomes.
    await db
      .delete(projects)
      .where(gt(projects.id, projectBase))
      .catch(() => {});
    await db
      .delete(researchers)
      .where(gt(researchers.id, researcherBase))
      .catch(() => {});
    throw error;
  }
}

const RESEARCHER_COLUMNS = {
  id: 'int',
  researcher_number: 'char(8)',
  family_name_ja: 'text',
  given_name_ja: 'text',
  family_name_en: 'text',
  given_name_en: 'text',
  orcid: 'text',
  institution_id: 'int',
  user_id: 'int',
};
const PROJECT_COLUMNS = {
  id: 'int',
  grant_number: 'text',
  title_ja: 'text',
  title_en: 'text',
  abstract_ja: 'text',
  abstract_en: 'text',
  pi_researcher_id: 'int',
  institution_id: 'int',
  program_id: 'int',
  start_fiscal_year: 'smallint',
  end_fiscal_year: 'smallint',
  modality: 'text',
  stage: 'text',
  status: 'text',
  is_public: 'boolean',
  search_text: 'text',
};
const OUTCOME_COLUMNS = {
  project_id: 'int',
  kind: 'text',
  fiscal_year: 'smallint',
  occurred_on: 'date',
  title_ja: 'text',
  title_en: 'text',
  top_journal: 'boolean',
  details: 'jsonb',
  verified: 'boolean',
};

/**
 * One multi-row insert whose rows travel as a single JSON parameter (json_to_recordset):
 * far cheaper on PGlite than thousands of bound parameters, and plain PostgreSQL everywhere.
 * Table and column names are constants of this file, never input.
 */
async function insertJson(db: Db, table: string, columns: Record<string, string>, rows: object[]): Promise<void> {
  const names = Object.keys(columns)
    .map((c) => `"${c}"`)
    .join(', ');
  const defs = Object.entries(columns)
    .map(([c, t]) => `"${c}" ${t}`)
    .join(', ');
  await db.execute(
    sql`insert into ${sql.identifier(table)} (${sql.raw(names)}) select ${sql.raw(names)} from json_to_recordset(${JSON.stringify(rows)}::json) as x(${sql.raw(defs)})`,
  );
}

function scopeName(type: ScopeType, code: string | null): { scopeNameJa: string; scopeNameEn: string } {
  if (type === 'agency') return { scopeNameJa: '機構全体', scopeNameEn: 'Whole agency' };
  if (type === 'self') return { scopeNameJa: '本人の課題', scopeNameEn: 'Own projects' };
  const row =
    type === 'integrated_project'
      ? INTEGRATED_PROJECTS.find((x) => x.code === code)
      : type === 'program'
        ? PROGRAMS.find((x) => x.code === code)
        : DISEASE_AREAS.find((x) => x.code === code);
  const period = type === 'program' ? '' : `第${code?.charAt(1)}期 `;
  const periodEn = type === 'program' ? '' : ` (period ${code?.charAt(1)})`;
  return { scopeNameJa: `${period}${row?.nameJa ?? code}`, scopeNameEn: `${row?.nameEn ?? code}${periodEn}` };
}
