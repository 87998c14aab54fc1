/**
 * Portal search at ten times the demo's volume on PostgreSQL: p50/p95 of 200 mixed Japanese,
 * English, name and facet queries through the portal's search (count, first page, facets), beside
 * a plain ILIKE scan of the same rows (count and first page). The demo is loaded once into the
 * database `seedline_bench_portal` (BENCH_DATABASE_URL's server) and reused on later runs.
 * BENCH_PORTAL_SCALE (default 10) sets the volume.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, migrateDatabase, openDatabase } from '../src/db/client.ts';
import { queryRows } from '../src/db/sql.ts';
import { isDemoLoaded, loadDemoAgency } from '../src/modules/demo/demo.loader.ts';
import { createPortalService } from '../src/modules/portal/portal.service.ts';
import { createSynonymsService } from '../src/modules/portal/synonyms.service.ts';
import { createPublicProjects } from '../src/modules/projects/projects.public.ts';
import { createProjectsService } from '../src/modules/projects/projects.service.ts';

const WORDS = [
  '膵癌', 'すい臓がん', '膵がん', '早期膵がん診断', '認知症', 'アルツハイマー', 'iPS細胞', '再生医療', '肺がん', '乳癌',
  'バイオマーカー', '感染症', 'ワクチン', '医療機器', '難病', '遺伝子治療', '抗体', '心不全', '糖尿病', '脳卒中',
  'pancreatic', 'pancreatic cancer', 'biomarker', 'dementia', 'vaccine', 'regenerative', 'antibody', 'clinical trial', 'gene therapy', 'device',
  '宮坂', 'Miyasaka', '国立がん研究センター', '大学', 'APOA2', '臨床', '創薬', '診断', '治療法', '開発',
];

async function benchDatabase(scale: number): Promise<Database> {
  const admin = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `seedline_bench_portal_s${String(scale).replace('.', '_')}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  const exists = await c.query('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount === 0) await c.query(`create database ${name}`);
  await c.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
  await migrateDatabase(database);
  if (!(await isDemoLoaded(database.db))) {
    const t = performance.now();
    const s = await loadDemoAgency(database.db, { scale, password: 'bench-password' });
    console.error(`[portal bench] demo scale ${scale} loaded in ${((performance.now() - t) / 1000).toFixed(0)} s: ${s.projects} projects`);
  }
  return database;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
};

export default async function portalBench() {
  const scale = Number(process.env.BENCH_PORTAL_SCALE ?? 10);
  const database = await benchDatabase(scale);
  const db = database.db;
  const synonyms = createSynonymsService({ db });
  const projects = createProjectsService({ db, synonyms: synonyms.groups });
  const portal = createPortalService({ publicProjects: createPublicProjects({ db, projects }), projects });
  const [{ n } = { n: 0 }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from projects`);
  const programs = await queryRows<{ id: number }>(db, sql`select id from programs order by id limit 20`);
  // 200 queries: words alone, words with a fiscal year, and facets alone.
  const queries = Array.from({ length: 200 }, (_, i) => {
    const q = WORDS[i % WORDS.length] as string;
    if (i % 5 === 3) return { fiscalYear: 2019 + (i % 7) };
    if (i % 5 === 4) return { fiscalYear: 2019 + (i % 7), program: programs[i % programs.length]?.id };
    return i % 2 ? { q, fiscalYear: 2018 + (i % 8) } : { q };
  });
  await portal.search({ q: '膵癌' }, { limit: 20, facets: true }); // warm the synonym cache
  const ours: number[] = [];
  const ilike: number[] = [];
  for (const f of queries) {
    let t = performance.now();
    await portal.search(f, { limit: 20, facets: true });
    ours.push(performance.now() - t);
    t = performance.now();
    const like = f.q ? sql`and (p.title_ja || ' ' || p.title_en || ' ' || p.abstract_ja || ' ' || p.abstract_en) ilike ${`%${f.q}%`}` : sql``;
    const fy = f.fiscalYear ? sql`and p.start_fiscal_year <= ${f.fiscalYear} and p.end_fiscal_year >= ${f.fiscalYear}` : sql``;
    const prog = f.program ? sql`and p.program_id = ${f.program}` : sql``;
    await queryRows(db, sql`select count(*) from projects p where p.is_public ${like} ${fy} ${prog}`);
    await queryRows(db, sql`select p.id, p.title_ja from projects p where p.is_public ${like} ${fy} ${prog} order by p.grant_number limit 20`);
    ilike.push(performance.now() - t);
  }
  await database.close();
  const context = { scale, projects: n, queries: queries.length, database: 'postgres' };
  return [
    { name: 'portal.search.p50', value: +pct(ours, 50).toFixed(1), unit: 'ms', ...context, includes: 'count + page + 7 facets' },
    { name: 'portal.search.p95', value: +pct(ours, 95).toFixed(1), unit: 'ms', ...context, includes: 'count + page + 7 facets' },
    { name: 'portal.ilike.p50', value: +pct(ilike, 50).toFixed(1), unit: 'ms', ...context, includes: 'count + page, no facets' },
    { name: 'portal.ilike.p95', value: +pct(ilike, 95).toFixed(1), unit: 'ms', ...context, includes: 'count + page, no facets' },
  ];
}
