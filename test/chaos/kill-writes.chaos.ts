import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Cluster, createCluster, freePort, startSeedline, waitFor } from './cluster.ts';

// A real server takes hundreds of concurrent project edits and is killed with SIGKILL in the
// middle; after a restart every acknowledged edit is there exactly once, each with its audit
// record, and nothing is half-written (every version step has exactly one audit record).
const PROJECTS = 30;
const KILL_AFTER_ACKS = 200;
let cluster: Cluster | null = null;
const dirs: string[] = [];
const servers: ReturnType<typeof startSeedline>[] = [];

afterAll(() => {
  for (const s of servers) s.proc.kill('SIGKILL');
  cluster?.destroy();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

type Api = { base: string; headers: Record<string, string> };

async function signIn(base: string): Promise<Api> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@seedline.example', password: 'seedline-demo' }),
  });
  if (res.status !== 200) throw new Error(`sign-in: ${res.status}`);
  const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
  return { base, headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' } };
}

async function start(env: Record<string, string>) {
  const port = await freePort();
  const server = startSeedline({ ...env, PORT: String(port), SEEDLINE_DEMO: 'auto', SEEDLINE_DEMO_SCALE: '0.02' });
  servers.push(server);
  const base = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      const r = await fetch(`${base}/api/health`).catch(() => null);
      return r?.ok && ((await r.json()) as { demo: string }).demo === 'ready';
    },
    90_000,
    'the demo to load',
  );
  return { server, api: await signIn(base) };
}

async function run(env: Record<string, string>) {
  const first = await start(env);
  const list = (await (await fetch(`${first.api.base}/api/v1/projects?pageSize=${PROJECTS}`, { headers: first.api.headers })).json()) as {
    items: { id: number }[];
  };
  const ids = list.items.map((p) => p.id);
  const acked = new Map<number, string[]>();
  let sent = 0;
  let killed = false;
  const worker = async (id: number) => {
    const detail = (await (await fetch(`${first.api.base}/api/v1/projects/${id}`, { headers: first.api.headers })).json()) as {
      version: number;
    };
    let version = detail.version;
    for (let n = 0; !killed; n++) {
      const title = `crash ${id} #${n}`;
      sent++;
      const res = await fetch(`${first.api.base}/api/v1/projects/${id}`, {
        method: 'PATCH',
        headers: first.api.headers,
        body: JSON.stringify({ version, titleEn: title }),
      }).catch(() => null);
      if (!res) return;
      if (res.status !== 200) throw new Error(`PATCH ${id}: ${res.status} ${await res.text()}`);
      version = ((await res.json()) as { version: number }).version;
      acked.set(id, [...(acked.get(id) ?? []), title]);
      const total = [...acked.values()].reduce((a, b) => a + b.length, 0);
      if (total >= KILL_AFTER_ACKS && !killed) {
        killed = true;
        first.server.proc.kill('SIGKILL');
      }
    }
  };
  await Promise.all(ids.map(worker));
  await first.server.exited;

  const second = await start(env);
  let found = 0;
  for (const id of ids) {
    const project = (await (await fetch(`${second.api.base}/api/v1/projects/${id}`, { headers: second.api.headers })).json()) as {
      version: number;
      titleEn: string;
    };
    const audit = (await (
      await fetch(`${second.api.base}/api/v1/audit?entityType=project&entityId=${id}&limit=200`, { headers: second.api.headers })
    ).json()) as { items: { action: string; after: { titleEn?: string; version: number } }[] };
    const updates = audit.items.filter((a) => a.action === 'project.update').reverse();
    const titles = updates.map((u) => u.after.titleEn);
    for (const title of acked.get(id) ?? []) {
      expect(
        titles.filter((t) => t === title),
        `${title} once`,
      ).toHaveLength(1);
      found++;
    }
    // Nothing half-written: one audit record per version step, and the row shows the last one.
    expect(updates.map((u) => u.after.version)).toEqual(updates.map((_, i) => project.version - updates.length + 1 + i));
    if (updates.length) expect(project.titleEn).toBe(titles.at(-1));
  }
  const acknowledged = [...acked.values()].reduce((a, b) => a + b.length, 0);
  console.log(
    `${env.DATABASE_URL ? 'postgres' : 'pglite'}: ${sent} edits sent, ${acknowledged} acknowledged before SIGKILL, ${found} found after restart`,
  );
  expect(found).toBe(acknowledged);
  expect(acknowledged).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
  second.server.proc.kill('SIGTERM');
  await second.server.exited;
}

describe('a server killed with SIGKILL during concurrent writes', () => {
  it('keeps every acknowledged write exactly once on the embedded database', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedline-kill-'));
    dirs.push(dir);
    await run({ DATABASE_URL: '', SEEDLINE_DATA_DIR: dir });
  }, 240_000);

  it('keeps every acknowledged write exactly once on PostgreSQL', async () => {
    cluster = await createCluster();
    await run({ DATABASE_URL: cluster.url, SEEDLINE_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'seedline-kill-')) });
  }, 240_000);
});
