import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/client.ts';
import authPlugin, { SESSION_COOKIE } from '../../plugins/auth.ts';
import errorsPlugin from '../../plugins/errors.ts';
import type { Actor } from '../auth/actor.ts';
import type { AuthService } from '../auth/auth.service.ts';
import type { RoleGrant } from '../people/roles.ts';
import { createJobsRepository } from './jobs.repository.ts';
import { jobsRoutes } from './jobs.routes.ts';
import { type JobQueue, startJobQueue } from './jobs.service.ts';

const quiet = { info: () => {}, error: () => {} };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let database: Database;
let cleanup: () => Promise<void>;
let jobs: JobQueue;
let kindSeq = 0;
/** A job kind of its own for each test: tests share one queue and one database. */
const newKind = (name: string) => `test.${name}.${++kindSeq}`;

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

async function until(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}

beforeAll(async () => {
  ({ database, cleanup } = await createTestDatabase());
  jobs = await startJobQueue(database, { log: quiet });
}, 60_000);

afterAll(async () => {
  await jobs?.stop();
  await cleanup?.();
}, 60_000);

describe('job queue', () => {
  it('records progress and the result of a succeeded job', async () => {
    const kind = newKind('count');
    let release!: () => void;
    const halfway = new Promise<void>((resolve) => {
      release = resolve;
    });
    await jobs.register<{ n: number }>(kind, async (params, ctx) => {
      await ctx.progress(0.5, { ja: '半分まで数えました', en: 'Counted half' });
      await halfway;
      return { counted: params.n };
    });
    const id = await jobs.enqueue(kind, { n: 3 }, { createdBy: 7 });
    expect(await jobs.get(id)).toMatchObject({ id, kind, status: expect.stringMatching(/queued|running/), createdBy: 7, params: { n: 3 } });

    await until(async () => (await jobs.get(id))?.progress === 0.5);
    const mid = await jobs.get(id);
    expect(mid).toMatchObject({ status: 'running', messageJa: '半分まで数えました', messageEn: 'Counted half', finishedAt: null });
    expect(mid?.startedAt).toEqual(expect.any(String));
    release();

    const done = await jobs.waitFor(id);
    expect(done).toMatchObject({ status: 'succeeded', progress: 1, result: { counted: 3 }, error: null });
    expect(Date.parse(done.finishedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(done.startedAt ?? ''));
    // The job_runs id is the pg-boss job id (which records completion just after job_runs does).
    const bossState = async () =>
      (await rows<{ state: string }>(sql`select state::text as state from pgboss.job where id = ${id}::uuid`))[0]?.state;
    await until(async () => (await bossState()) !== 'active');
    expect(await bossState()).toBe('completed');
  });

  it('keeps params of any JSON shape', async () => {
    const kind = newKind('echo');
    await jobs.register(kind, async (params) => params);
    for (const params of ['text', [1, 2], null, { nested: { ja: '日本語' } }]) {
      const done = await jobs.waitFor(await jobs.enqueue(kind, params));
      expect(done).toMatchObject({ status: 'succeeded', params, result: params });
    }
  });

  it('writes progress to the database at most a few times per second', async () => {
    const kind = newKind('chatty');
    await database.exec(`
      create table progress_writes (n int);
      create function count_progress_write() returns trigger language plpgsql as $$
        begin if new.progress is distinct from old.progress then insert into progress_writes values (1); end if; return new; end $$;
      create trigger count_progress after update on job_runs for each row execute function count_progress_write();`);
    try {
      await jobs.register(kind, async (_params, ctx) => {
        const started = Date.now();
        for (let i = 1; i <= 2000; i++) {
          await ctx.progress(i / 2000);
          if (i % 100 === 0) await sleep(30);
        }
        return { ms: Date.now() - started };
      });
      const done = await jobs.waitFor(await jobs.enqueue(kind, {}));
      const seconds = (done.result as { ms: number }).ms / 1000;
      const [count] = await rows<{ n: number }>(sql`select count(*)::int as n from progress_writes`);
      // 2,000 calls; at most 4 writes per second plus the last one and the final status.
      expect(count?.n).toBeLessThanOrEqual(Math.ceil(seconds * 4) + 3);
      expect(done.progress).toBe(1);
    } finally {
      await database.exec('drop trigger count_progress on job_runs; drop function count_progress_write(); drop table progress_writes;');
    }
  });

  it('marks a job failed after its retries and keeps the error', async () => {
    const kind = newKind('doomed');
    let attempts = 0;
    await jobs.register(
      kind,
      async () => {
        attempts++;
        throw new Error(`Import file is not readable (attempt ${attempts})`);
      },
      { retryLimit: 1 },
    );
    const done = await jobs.waitFor(await jobs.enqueue(kind, { file: 'x.xlsx' }));
    expect(attempts).toBe(2);
    expect(done).toMatchObject({ status: 'failed', error: 'Import file is not readable (attempt 2)', result: null });
    expect(done.error).not.toMatch(/\n\s+at /);
    expect(done.finishedAt).toEqual(expect.any(String));
  });

  it('goes back to queued after a failed attempt and succeeds on the retry', async () => {
    const kind = newKind('flaky');
    const statusesSeen: string[] = [];
    let attempts = 0;
    let id = '';
    await jobs.register(
      kind,
      async () => {
        attempts++;
        statusesSeen.push((await jobs.get(id))?.status ?? '?');
        if (attempts === 1) throw new Error('temporary outage');
        return 'ok';
      },
      { retryLimit: 2, retryDelaySeconds: 1 },
    );
    id = await jobs.enqueue(kind, null);
    await until(async () => attempts === 1 && (await jobs.get(id))?.status === 'queued');
    expect((await jobs.get(id))?.error).toBe('temporary outage');
    const done = await jobs.waitFor(id);
    expect(done).toMatchObject({ status: 'succeeded', result: 'ok', error: null });
    expect(statusesSeen).toEqual(['running', 'running']);
  });

  it('returns the pending job for a repeated singleton key and a new one once it is done', async () => {
    const kind = newKind('single');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    await jobs.register(kind, async () => gate);
    const ids = await Promise.all([1, 2, 3, 4, 5].map((n) => jobs.enqueue(kind, { n }, { singletonKey: 'fy2024' })));
    expect(new Set(ids).size).toBe(1);
    const other = await jobs.enqueue(kind, {}, { singletonKey: 'fy2025' });
    expect(other).not.toBe(ids[0]);
    release();
    await jobs.waitFor(ids[0] as string);
    await jobs.waitFor(other);
    const again = await jobs.enqueue(kind, {}, { singletonKey: 'fy2024' });
    expect(again).not.toBe(ids[0]);
    await jobs.waitFor(again);
  });

  it('runs jobs of one kind side by side up to its concurrency', async () => {
    const kind = newKind('parallel');
    let active = 0;
    let peak = 0;
    await jobs.register(
      kind,
      async () => {
        peak = Math.max(peak, ++active);
        await sleep(300);
        active--;
      },
      { concurrency: 3 },
    );
    const ids = await Promise.all([1, 2, 3].map(() => jobs.enqueue(kind, {})));
    await Promise.all(ids.map((id) => jobs.waitFor(id)));
    expect(peak).toBe(3);
  });

  it('lets an enqueue-only queue add jobs that a working queue runs', async () => {
    const kind = newKind('remote');
    const producer = await startJobQueue(database, { log: quiet, work: false });
    try {
      let ran = false;
      await producer.register(kind, async () => {
        ran = true;
      });
      const id = await producer.enqueue(kind, { from: 'cli' }, { createdBy: 3 });
      await sleep(1200);
      expect(ran).toBe(false);
      expect((await producer.get(id))?.status).toBe('queued');
      await jobs.register(kind, async (params) => ({ got: params }));
      expect(await producer.waitFor(id)).toMatchObject({ status: 'succeeded', result: { got: { from: 'cli' } }, createdBy: 3 });
    } finally {
      await producer.stop();
    }
  });

  it('lets a running job finish when the queue stops', async () => {
    const queue = await startJobQueue(database, { log: quiet });
    const kind = newKind('graceful');
    await queue.register(kind, async (_p, ctx) => {
      await ctx.progress(0.1);
      await sleep(400);
      return 'finished';
    });
    const id = await queue.enqueue(kind, {});
    await until(async () => (await queue.get(id))?.status === 'running');
    await queue.stop();
    expect(await jobs.get(id)).toMatchObject({ status: 'succeeded', result: 'finished' });
    await expect(queue.enqueue(kind, {})).rejects.toThrow(/stopped/);
  });

  it('marks a job failed that pg-boss failed while no handler could record it', async () => {
    const kind = newKind('orphan');
    const producer = await startJobQueue(database, { log: quiet, work: false });
    const id = await producer.enqueue(kind, {});
    await producer.stop();
    // As if a worker had died mid-job and maintenance had then expired the job for good.
    await database.exec(`update job_runs set status = 'running', started_at = now() where id = '${id}'`);
    await database.exec(`update pgboss.job set state = 'failed', completed_on = now() where id = '${id}'`);
    expect(await createJobsRepository(database.db).reconcile([])).toBeGreaterThanOrEqual(1);
    expect(await jobs.get(id)).toMatchObject({ status: 'failed', error: expect.stringMatching(/interrupted/) });
  });

  it('keeps the database responsive while workers poll and a job reports progress', async () => {
    const kind = newKind('busy');
    let stop = false;
    await jobs.register(kind, async (_p, ctx) => {
      for (let i = 0; !stop; i++) {
        await ctx.progress((i % 100) / 100);
        await sleep(1);
      }
    });
    const id = await jobs.enqueue(kind, {});
    await until(async () => (await jobs.get(id))?.status === 'running');
    const started = Date.now();
    for (let i = 0; i < 200; i++) await database.db.execute(sql`select 1`);
    const elapsed = Date.now() - started;
    stop = true;
    await jobs.waitFor(id);
    expect(elapsed).toBeLessThan(3000);
  });
});

describe('job queue shutdown', () => {
  it('stops without leaving timers or unhandled rejections, so the process exits', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedline-jobs-'));
    const here = path.dirname(fileURLToPath(import.meta.url));
    const script = path.join(dir, 'stop.mts');
    fs.writeFileSync(
      script,
      `import { createTestDatabase } from ${JSON.stringify(path.resolve(here, '../../../test/helpers/database.ts'))};
import { startJobQueue } from ${JSON.stringify(path.join(here, 'jobs.service.ts'))};
process.on('unhandledRejection', (err) => { console.log('UNHANDLED', err); process.exitCode = 3; });
const { database, cleanup } = await createTestDatabase();
const jobs = await startJobQueue(database, { log: { info() {}, error() {} }, maintenanceIntervalSeconds: 1 });
await jobs.register('a', async (_p, ctx) => { await ctx.progress(0.3); await new Promise((r) => setTimeout(r, 300)); return 1; });
await jobs.register('b', async () => { throw new Error('no'); }, { retryLimit: 0 });
const ids = [await jobs.enqueue('a', {}), await jobs.enqueue('b', {})];
await new Promise((r) => setTimeout(r, 1500)); // a maintenance run, polls, both jobs
await jobs.stop();
await cleanup();
const left = process.getActiveResourcesInfo().filter((r) => r === 'Timeout' || r === 'TCPWRAP' || r === 'Immediate');
console.log('LEFT', JSON.stringify(left));
`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: path.resolve(here, '../../..'), env: process.env });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    const started = Date.now();
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    fs.rmSync(dir, { recursive: true, force: true });
    expect(out).toContain('LEFT []');
    expect(out).not.toContain('UNHANDLED');
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});

describe('jobs routes', () => {
  const grant = (role: RoleGrant['role'], scopeType: RoleGrant['scopeType'] = 'agency'): RoleGrant => ({ role, scopeType, scopeId: null });
  const actors: Record<string, Actor> = {
    researcher: {
      userId: 101,
      email: 'r@example.jp',
      displayName: '研究者',
      locale: 'ja',
      roles: [grant('researcher', 'self')],
      researcherId: 1,
    },
    otherResearcher: {
      userId: 102,
      email: 'o@example.jp',
      displayName: '他',
      locale: 'ja',
      roles: [grant('researcher', 'self')],
      researcherId: 2,
    },
    staff: { userId: 103, email: 's@example.jp', displayName: '職員', locale: 'ja', roles: [grant('staff')], researcherId: null },
  };
  let app: FastifyInstance;
  let mine: string;
  let theirs: string;

  beforeAll(async () => {
    const auth = {
      resolveSession: async (token: string) => (actors[token] ? { actor: actors[token], sessionId: token, csrfToken: 'csrf' } : null),
      csrfMatches: () => true,
    } as unknown as AuthService;
    app = Fastify().withTypeProvider<ZodTypeProvider>();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    await app.register(errorsPlugin);
    await app.register(cookie);
    await app.register(authPlugin, { auth });
    await app.register(jobsRoutes, { prefix: '/api/v1', jobs });
    await app.ready();
    // Kinds without a handler stay queued.
    mine = await jobs.enqueue('test.route.mine', { secret: false }, { createdBy: 101 });
    theirs = await jobs.enqueue('test.route.theirs', {}, { createdBy: 102 });
  });

  afterAll(async () => {
    await app?.close();
  });

  const get = (url: string, who?: string) => app.inject({ method: 'GET', url, cookies: who ? { [SESSION_COOKIE]: who } : {} });

  it('lists only their own jobs to a researcher', async () => {
    const res = await get('/api/v1/jobs', 'researcher');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: string; createdBy: number }[];
    expect(items.map((j) => j.id)).toContain(mine);
    expect(items.every((j) => j.createdBy === 101)).toBe(true);
  });

  it('lists everyone’s jobs to agency members, newest first', async () => {
    const res = await get('/api/v1/jobs', 'staff');
    const items = res.json().items as { id: string; createdAt: string }[];
    expect(items.map((j) => j.id)).toEqual(expect.arrayContaining([mine, theirs]));
    expect(items.length).toBeLessThanOrEqual(50);
    const times = items.map((j) => Date.parse(j.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('returns one job with exactly the JobRun fields', async () => {
    const res = await get(`/api/v1/jobs/${mine}`, 'researcher');
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json()).sort()).toEqual(
      [
        'id',
        'kind',
        'status',
        'progress',
        'messageJa',
        'messageEn',
        'params',
        'result',
        'error',
        'createdBy',
        'createdAt',
        'startedAt',
        'finishedAt',
      ].sort(),
    );
    expect(res.json()).toMatchObject({ id: mine, status: 'queued', params: { secret: false } });
  });

  it('hides another user’s job from a researcher as not found', async () => {
    const res = await get(`/api/v1/jobs/${theirs}`, 'researcher');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'not_found' });
    expect((await get(`/api/v1/jobs/${theirs}`, 'staff')).statusCode).toBe(200);
  });

  it('answers 404 for an unknown job and 400 for a malformed id', async () => {
    expect((await get('/api/v1/jobs/00000000-0000-4000-8000-000000000000', 'staff')).statusCode).toBe(404);
    expect((await get('/api/v1/jobs/not-a-uuid', 'staff')).statusCode).toBe(400);
  });

  it('requires sign-in', async () => {
    expect((await get('/api/v1/jobs')).statusCode).toBe(401);
    expect((await get(`/api/v1/jobs/${mine}`)).statusCode).toBe(401);
  });
});
