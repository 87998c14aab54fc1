import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, createCluster, freePort, startSeedline, status, waitFor } from './cluster.ts';

// PostgreSQL stopped under load: the server answers 503 problem+json with Retry-After, does not
// crash, and serves again within 10 seconds of the database coming back.
let cluster: Cluster;
let server: ReturnType<typeof startSeedline>;
let base = '';

beforeAll(async () => {
  cluster = await createCluster();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = startSeedline({ DATABASE_URL: cluster.url, PORT: String(port) });
  await waitFor(async () => (await status(`${base}/api/ready`)) === 200, 60_000, 'the server to be ready');
});

afterAll(async () => {
  server?.proc.kill('SIGKILL');
  cluster?.destroy();
});

const login = () =>
  fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    body: JSON.stringify({ email: 'nobody@example.jp', password: 'not the password' }),
    signal: AbortSignal.timeout(8000),
  });

describe('a database outage under load', () => {
  it('answers 503 problem+json with Retry-After, survives, and recovers within 10 seconds', async () => {
    let running = true;
    const seen = new Map<number, number>();
    const load = (async () => {
      while (running) {
        const codes = await Promise.all([
          status(`${base}/api/health`),
          status(`${base}/api/ready`),
          login().then(
            (r) => r.status,
            () => 0,
          ),
        ]);
        for (const c of codes) seen.set(c, (seen.get(c) ?? 0) + 1);
      }
    })();
    await new Promise((r) => setTimeout(r, 500));
    cluster.stop();

    const res = await waitFor(
      async () => {
        const r = await login().catch(() => null);
        return r && r.status === 503 ? r : null;
      },
      20_000,
      'a 503 while the database is down',
    );
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = await res.json();
    expect(body).toMatchObject({ status: 503, code: 'database_unavailable', detail: 'The database is not reachable. Try again shortly.' });
    const ready = await fetch(`${base}/api/ready`, { headers: { 'accept-language': 'ja' } });
    expect(ready.status).toBe(503);
    expect((await ready.json()).detail).toBe('データベースに接続できません。しばらくしてからやり直してください。');

    await new Promise((r) => setTimeout(r, 2000));
    expect(server.proc.exitCode, server.output()).toBeNull();

    cluster.start();
    const back = Date.now();
    // Sign-in answers again (401 for the unknown account, or 429 once the load loop's failures throttle it).
    await waitFor(
      async () => (await status(`${base}/api/ready`)) === 200 && [401, 429].includes((await login()).status),
      15_000,
      'recovery',
    );
    const recoverySeconds = (Date.now() - back) / 1000;
    running = false;
    await load;
    console.log(
      `recovered ${recoverySeconds.toFixed(1)} s after PostgreSQL restarted; responses by status: ${JSON.stringify(Object.fromEntries(seen))}`,
    );
    expect(recoverySeconds).toBeLessThan(10);
    expect([...seen.keys()].filter((c) => c >= 500 && c !== 503)).toEqual([]);
    expect(server.proc.exitCode).toBeNull();
  });
});
