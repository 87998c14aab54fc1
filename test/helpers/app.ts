import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/client.ts';
import { seedReferenceData } from '../../src/modules/catalog/catalog.reference.ts';
import { type JobQueue, startJobQueue } from '../../src/modules/jobs/jobs.service.ts';
import { createTestDatabase } from './database.ts';

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  jobs: JobQueue;
  /** Signs in through the API and returns headers that carry the session and CSRF token. */
  login(email: string, password: string): Promise<Session>;
  close(): Promise<void>;
};

export type Session = { cookie: string; csrfToken: string; headers: Record<string, string> };

/** The real application on a fresh, migrated database with the reference catalog. */
export async function createTestApp(): Promise<TestApp> {
  const { database, cleanup } = await createTestDatabase();
  await seedReferenceData(database.db);
  const jobs = await startJobQueue(database, { work: false });
  const config = loadConfig({ NODE_ENV: 'test', SEEDLINE_DATA_DIR: '/tmp/seedline-test', SEEDLINE_DEMO: 'off' });
  const app = await buildApp({ database, config, jobs, serveWeb: false });
  await app.ready();
  return {
    app,
    database,
    jobs,
    async login(email, password) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
      const cookie = cookieOf(res);
      const csrfToken = res.json().csrfToken as string;
      return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
    },
    async close() {
      await app.close();
      await jobs.stop();
      await cleanup();
    },
  };
}

export function cookieOf(res: LightMyRequestResponse): string {
  const set = res.headers['set-cookie'];
  const first = Array.isArray(set) ? set[0] : set;
  if (!first) throw new Error('no session cookie');
  return first.split(';')[0] as string;
}
