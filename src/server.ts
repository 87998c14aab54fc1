import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { type Database, migrateDatabase, openDatabase } from './db/client.ts';
import { recordAudit } from './modules/audit/audit.service.ts';
import { seedReferenceData } from './modules/catalog/catalog.reference.ts';
import { DEMO_ACCOUNTS, type DemoSummary, isDemoLoaded, loadDemoAgency } from './modules/demo/demo.loader.ts';
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
    config.database.kind === 'postgres' ? { kind: 'postgres', url: config.database.url } : { kind: 'pglite', dataDir: config.database.dataDir },
  );
  await migrateDatabase(database);
  await seedReferenceData(database.db);
  const jobs = await startJobQueue(database, { log: { info: () => {}, error: (...a: unknown[]) => console.error(...a) } });
  const mailer = await createMailer({ db: database.db, jobs, config: config.mail });

  let demoState: DemoState = config.demo.mode === 'off' ? 'off' : 'ready';
  const demoPending = config.demo.mode === 'auto' && !(await isDemoLoaded(database.db));
  if (demoPending) demoState = 'loading';
  await jobs.register<{ scale: number }>(
    DEMO_JOB,
    async (params, ctx) => {
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
  const app = await buildApp({ database, config, jobs, demoState: () => demoState, logger: { level: config.logLevel } });
  const address = await app.listen({ port: config.port, host: config.host });
  const url = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
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

function printDemoAccounts(config: Config, log: (line: string) => void) {
  log(`Demo accounts (password: ${config.demo.password}):`);
  for (const a of DEMO_ACCOUNTS) log(`  ${a.email.padEnd(30)} ${a.descriptionEn}`);
}
