/**
 * The portfolio matrix for one fiscal year at ten times the demo's volume on PostgreSQL.
 * Creates its own database on BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres),
 * loads the demo at scale 10 (BENCH_SCALE), times the matrix service call and drops the database.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { migrateDatabase, openDatabase } from '../src/db/client.ts';
import type { Actor } from '../src/modules/auth/actor.ts';
import { seedReferenceData } from '../src/modules/catalog/catalog.reference.ts';
import { createCatalogService } from '../src/modules/catalog/catalog.service.ts';
import { loadDemoAgency } from '../src/modules/demo/demo.loader.ts';
import { createPortfolioService } from '../src/modules/portfolio/portfolio.service.ts';

const RUNS = 30;
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};

export default async function portfolioBench() {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const scale = Number(process.env.BENCH_SCALE ?? 10);
  const name = `seedline_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  try {
    await migrateDatabase(database);
    await seedReferenceData(database.db);
    const loadStart = performance.now();
    const demo = await loadDemoAgency(database.db, { scale, password: 'bench password 1' });
    const loadSeconds = (performance.now() - loadStart) / 1000;
    await database.db.execute(sql`analyze`);
    const portfolio = createPortfolioService({ db: database.db, catalog: createCatalogService({ db: database.db }) });
    const actor: Actor = { userId: 1, email: 'bench@example', displayName: 'bench', locale: 'ja', roles: [{ role: 'executive', scopeType: 'agency', scopeId: null }], researcherId: null };
    const fiscalYear = 2024;
    await portfolio.matrix({ fiscalYear }, actor); // warm-up
    const times: number[] = [];
    let cells = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const m = await portfolio.matrix({ fiscalYear }, actor);
      times.push(performance.now() - t0);
      cells = m.cells.length;
    }
    const context = { scale, fiscalYear, projects: demo.projects, cells, runs: RUNS, database: 'postgres', loadSeconds: Math.round(loadSeconds) };
    return [
      { name: 'portfolio.matrix.p50', value: Math.round(quantile(times, 0.5) * 10) / 10, unit: 'ms', ...context },
      { name: 'portfolio.matrix.p95', value: Math.round(quantile(times, 0.95) * 10) / 10, unit: 'ms', ...context },
    ];
  } finally {
    await database.close().catch(() => {});
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
