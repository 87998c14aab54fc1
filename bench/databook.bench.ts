import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, migrateDatabase, openDatabase } from '../src/db/client.ts';
import { queryRows } from '../src/db/sql.ts';
import { createAnalyticsService } from '../src/modules/analytics/analytics.service.ts';
import { seedReferenceData } from '../src/modules/catalog/catalog.reference.ts';
import { isDemoLoaded, loadDemoAgency } from '../src/modules/demo/demo.loader.ts';
import { createOutcomesService } from '../src/modules/outcomes/outcomes.service.ts';

const FY = 2023;
const RUNS = 5;
const NAME = 'seedline_bench_databook';

async function openBenchDatabase(scale: number): Promise<Database> {
  const admin = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  const exists = await c.query('select 1 from pg_database where datname = $1', [NAME]);
  if (!exists.rowCount) await c.query(`create database ${NAME}`);
  await c.end();
  const url = new URL(admin);
  url.pathname = `/${NAME}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
  await migrateDatabase(database);
  await seedReferenceData(database.db);
  if (!(await isDemoLoaded(database.db))) await loadDemoAgency(database.db, { scale, password: 'bench-password-1' });
  return database;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

/** The tables the Data Book reads, copied row for row into DuckDB through CSV files. */
const COPY: Record<string, string> = {
  projects: 'select id, program_id, start_fiscal_year, end_fiscal_year from projects',
  project_budgets: 'select project_id, fiscal_year, source, amount_yen from project_budgets',
  project_disease_areas: 'select project_id, disease_area_id from project_disease_areas',
  programs: 'select id, ministry_id, department_id from programs',
  program_placements: 'select program_id, period_id, integrated_project_id from program_placements',
  integrated_projects: 'select id, code, name_ja, ordinal from integrated_projects',
  disease_areas: 'select id, name_ja, ordinal from disease_areas',
  ministries: 'select id, name_ja from ministries',
  departments: 'select id, name_ja from departments',
};

async function duckdbCopy(database: Database) {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  let rows = 0;
  for (const [table, query] of Object.entries(COPY)) {
    const data = await queryRows<Record<string, unknown>>(database.db, sql.raw(query));
    rows += data.length;
    const cols = Object.keys(data[0] ?? {});
    const file = join(tmpdir(), `seedline-bench-${table}.csv`);
    const esc = (v: unknown) => (v === null ? '' : `"${String(v).replace(/"/g, '""')}"`);
    writeFileSync(file, [cols.join(','), ...data.map((r) => cols.map((c) => esc(r[c])).join(','))].join('\n'));
    await conn.run(`create table ${table} as select * from read_csv('${file}', header = true)`);
  }
  return { conn, rows };
}

const funded = `select b.project_id, sum(b.amount_yen)::double as yen, p.start_fiscal_year = ${FY} as is_new, p.program_id
  from project_budgets b join projects p on p.id = b.project_id
  where b.fiscal_year = ${FY} and b.fiscal_year between p.start_fiscal_year and p.end_fiscal_year group by all`;
/** The same aggregates as databook.repository.ts, in DuckDB's dialect. */
const DUCK_QUERIES = [
  `with f as (select b.project_id, b.fiscal_year, sum(b.amount_yen)::double as yen, p.start_fiscal_year = b.fiscal_year as is_new
     from project_budgets b join projects p on p.id = b.project_id where b.fiscal_year between ${FY - 10} and ${FY}
     and b.fiscal_year between p.start_fiscal_year and p.end_fiscal_year group by all)
   select fiscal_year, count(*), count(*) filter (where is_new), sum(yen) filter (where is_new), sum(yen) from f group by 1 order by 1`,
  `with f as (${funded}) select case when yen < 1e7 then 1 when yen < 3e7 then 2 when yen < 5e7 then 3 when yen < 1e8 then 4 when yen < 3e8 then 5 when yen < 5e8 then 6 else 7 end as bin, count(*), sum(yen) from f group by 1`,
  `with f as (${funded}) select ip.code, count(*), sum(f.yen) from f left join program_placements pl on pl.program_id = f.program_id and pl.period_id = 2 left join integrated_projects ip on ip.id = pl.integrated_project_id group by 1`,
  `with f as (${funded}) select a.name_ja, count(*), sum(f.yen) from f left join project_disease_areas pa on pa.project_id = f.project_id left join disease_areas a on a.id = pa.disease_area_id group by 1`,
  `with f as (${funded}) select m.name_ja, count(*), sum(f.yen) from f join programs g on g.id = f.program_id join ministries m on m.id = g.ministry_id group by 1`,
  `with f as (${funded}) select d.name_ja, count(*), sum(f.yen) from f join programs g on g.id = f.program_id join departments d on d.id = g.department_id group by 1`,
  `select fiscal_year, source, sum(amount_yen) from project_budgets where fiscal_year between ${FY - 10} and ${FY} group by all`,
];

export default async function databookBench() {
  const scale = Number(process.env.BENCH_SCALE ?? 10);
  const database = await openBenchDatabase(scale);
  try {
    const analytics = createAnalyticsService({ db: database.db, outcomes: createOutcomesService({ db: database.db }) });
    const [size] = await queryRows<{ projects: number; budgets: number }>(
      database.db,
      sql`select (select count(*) from projects)::int as projects, (select count(*) from project_budgets)::int as budgets`,
    );
    const book = await analytics.live(FY);
    const funded = Number(book.tables[0]!.rows.at(-1)!.projects);
    const ctx = { fiscalYear: FY, scale, projects: size!.projects, budgetRows: size!.budgets, fundedProjects: funded, runs: RUNS };
    const pgMs = await time(() => analytics.live(FY));
    const { conn, rows } = await duckdbCopy(database);
    const duckMs = await time(async () => {
      for (const q of DUCK_QUERIES) await conn.runAndReadAll(q);
    });
    const duckCheck = await conn.runAndReadAll(DUCK_QUERIES[0]!);
    const duckFunded = Number(duckCheck.getRows().at(-1)![1]);
    conn.closeSync();
    return [
      { name: 'databook.year.postgres', value: Math.round(pgMs * 10) / 10, unit: 'ms', engine: 'postgresql', ...ctx },
      { name: 'databook.year.duckdb', value: Math.round(duckMs * 10) / 10, unit: 'ms', engine: 'duckdb', copiedRows: rows, sameFundedCount: duckFunded === funded, ...ctx },
    ];
  } finally {
    await database.close();
  }
}
