import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/modules/demo/demo.generator.ts';
import { testDatabaseKind } from '../helpers/database.ts';

// A real server on the embedded database, killed with SIGKILL while it loads the demo, then
// started again: it must notice the cut-short load, clear it and load the whole demo once.
const SCALE = 0.5;
const root = path.resolve(import.meta.dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedline-crash-'));
let child: ChildProcess | null = null;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function startServer(port: number) {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      SEEDLINE_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEEDLINE_DEMO_SCALE: String(SCALE),
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout?.on('data', (d) => {
    out += d;
  });
  proc.stderr?.on('data', (d) => {
    out += d;
  });
  child = proc;
  return { proc, output: () => out };
}

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('timed out');
}

async function health(port: number) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2000) });
    return (await res.json()) as { demo: string };
  } catch {
    return null;
  }
}

afterAll(() => {
  child?.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe.runIf(testDatabaseKind() === 'pglite')('a server killed while loading the demo', () => {
  it('clears the partial load at the next start and loads the whole demo once', async () => {
    const port = await freePort();
    const first = startServer(port);
    await waitFor(() => first.output().includes('Loading the demo agency'), 60_000);
    await new Promise((r) => setTimeout(r, 2000));
    first.proc.kill('SIGKILL');
    await new Promise((r) => first.proc.once('exit', r));

    const second = startServer(port);
    await waitFor(async () => (await health(port))?.demo === 'ready', 90_000);
    expect(second.output()).toContain('interrupted');

    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@seedline.example', password: 'seedline-demo' }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const list = await fetch(`http://127.0.0.1:${port}/api/v1/projects?pageSize=1`, { headers: { cookie } });
    expect(((await list.json()) as { total: number }).total).toBe(generateDemo(SCALE).projects.length);
    second.proc.kill('SIGTERM');
    await new Promise((r) => second.proc.once('exit', r));
  }, 180_000);
});
