import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { type Database, migrateDatabase, openDatabase } from './db/client.ts';
import { queryRows } from './db/sql.ts';
import { recordAudit } from './modules/audit/audit.service.ts';
import { seedReferenceData } from './modules/catalog/catalog.reference.ts';
import { DEMO_ACCOUNTS, type DemoSummary, isDemoLoaded, loadDemoAgency } from './modules/demo/demo.loader.ts';
import { clearAgencyData } from './modules/demo/demo.reset.ts';
import { type JobQueue, startJobQueue } from './modules/jobs/jobs.service.ts';
import { createMailer } from './modules/mail/mail.service.ts';
import type { DemoState } from './modules/system/system.routes.ts';

export type RunningServer = { app: FastifyInstance; database: Database; jobs: JobQueue; url: string; stop(): Promise<void> };

export const DEMO_JOB = 'demo.load';

/**
 * Opens the database, migrates it, loads the reference catalog, starts the job queue and,
 * on an empty database, queues the demo agency as the first background job; then listens.
 */
export async function startServer(config: Config, log: (line: string) => void = console.log): Promise<RunningServer> {
  const database = await openDatabase(
    config.database.kind === 'postgres'
      ? { kind: 'postgres', url: config.database.url }
      : { kind: 'pglite', dataDir: config.database.dataDir },
  );
  await migrateDatabase(database);
  await seedReferenceData(database.db);
  const jobs = await startJobQueue(database, {
    log: { info: () => {}, error: (obj: unknown, msg?: unknown) => log(`${msg ?? 'job error'}: ${errorText(obj)}`) },
  });
  const mailer = await createMailer({ db: database.db, jobs, config: config.mail });

  let demoState: DemoState = config.demo.mode === 'off' ? 'off' : 'ready';
  const demoPending = config.demo.mode === 'auto' && (await demoNeedsLoading(database, log));
  if (demoPending) demoState = 'loading';
  await jobs.register<{ scale: number }>(
    DEMO_JOB,
    async (params, ctx) => {
      await recordAudit(database.db, {
        actorUserId: null,
        action: 'demo.load.started',
        entityType: 'system',
        entityId: 'demo',
        after: params,
      });
      const summary: DemoSummary = await loadDemoAgency(database.db, {
        scale: params.scale,
        password: config.demo.password,
        onProgress: (p) => ctx.progress(p.fraction, { ja: p.ja, en: p.en }),
      });
      const result = { ...summary, accounts: summary.accounts.length };
      await recordAudit(database.db, { actorUserId: null, action: 'demo.load', entityType: 'system', entityId: 'demo', after: result });
      return result;
    },
    { retryLimit: 0 },
  );
  const app = await buildApp({ database, config, jobs, mailer, demoState: () => demoState, logger: { level: config.logLevel } });
  const address = await app.listen({ port: config.port, host: config.host });
  const port = new URL(address).port;
  const url = ['0.0.0.0', '::'].includes(config.host) ? `http://localhost:${port}` : address;
  log(`Seedline is running at ${url} (database: ${database.kind})`);
  // Queued after listening: the web app and /api/health answer while the demo loads.
  if (demoPending) {
    const id = await jobs.enqueue(DEMO_JOB, { scale: config.demo.scale }, { singletonKey: DEMO_JOB });
    log(`Loading the demo agency in the background (job ${id})…`);
    jobs
      .waitFor(id, { timeoutMs: 30 * 60_000 })
      .then((run) => {
        demoState = run.status === 'succeeded' ? 'ready' : 'failed';
        if (run.status === 'succeeded') printDemoAccounts(config, log);
        else log(`The demo agency could not be loaded: ${run.error}`);
      })
      .catch((e) => {
        demoState = 'failed';
        log(`The demo agency could not be loaded: ${e}`);
      });
  } else if (config.demo.mode === 'auto') {
    printDemoAccounts(config, log);
  }

  return {
    app,
    database,
    jobs,
    url,
    async stop() {
      await app.close();
      await mailer.stop();
      await jobs.stop();
      await database.close();
    },
  };
}

/**
 * The demo is loaded into an empty database. A load that was cut short (the process was killed)
 * leaves projects but no succeeded demo job: the partial data came from that load alone, so it
 * is cleared and loaded again.
 */
async function demoNeedsLoading(database: Database, log: (line: string) => void): Promise<boolean> {
  const [marks] = await queryRows<{ started: string | null; finished: string | null }>(
    database.db,
    sql`select max(at) filter (where action = 'demo.load.started') as started, max(at) filter (where action = 'demo.load') as finished
        from audit_log where entity_type = 'system' and entity_id = 'demo'`,
  );
  const interrupted = Boolean(marks?.started && (!marks.finished || new Date(marks.finished) < new Date(marks.started)));
  // On PostgreSQL another instance may be loading right now: only a load older than 30 minutes counts as cut short.
  const stale = database.kind === 'pglite' || (marks?.started && Date.now() - new Date(marks.started).getTime() > 30 * 60_000);
  if (interrupted && stale) {
    log('The previous demo load was interrupted; clearing its partial data and loading it again.');
    await clearAgencyData(database);
    return true;
  }
  return !interrupted && !(await isDemoLoaded(database.db));
}

function printDemoAccounts(config: Config, log: (line: string) => void) {
  log(`Demo accounts (password: ${config.demo.password}):`);
  for (const a of DEMO_ACCOUNTS) log(`  ${a.email.padEnd(30)} ${a.descriptionEn}`);
}

/** One line for the console: an error's message, never the parameters of a failed query. */
function errorText(obj: unknown): string {
  const err = (obj as { err?: unknown })?.err ?? obj;
  const reason = err instanceof Error && err.message.startsWith('Failed query') && err.cause instanceof Error ? err.cause : err;
  const message = reason instanceof Error ? reason.message : String(reason);
  return message.length > 300 ? `${message.slice(0, 300)}…` : message;
}
