/**
 * Runs the real Seedline server for browser journeys: builds the web app when its sources
 * changed, starts `node --import tsx src/main.ts` on a free port with a fresh database (an
 * embedded PGlite directory, or a throw-away PostgreSQL database when SEEDLINE_E2E_DB=postgres),
 * waits for the demo data, and removes everything afterwards. Chromium comes from the system
 * (/usr/bin/chromium); nothing here downloads a browser.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
export const DEMO_PASSWORD = 'seedline-demo';

/** Whether journeys can run; on CI a missing browser is an error, locally a skip. */
export function chromiumAvailable(): boolean {
  if (fs.existsSync(CHROMIUM_PATH)) return true;
  const message = `Chromium was not found at ${CHROMIUM_PATH}. Install it with: apt-get install chromium`;
  if (process.env.CI) throw new Error(`${message} (the e2e suite must run on CI).`);
  console.warn(`\n[e2e] ${message}\n[e2e] Skipping the browser journeys.\n`);
  return false;
}

function newestMtime(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** Builds web/dist when it is missing or older than the web app's sources. */
export function ensureWebBuild(): void {
  const web = path.join(ROOT, 'web');
  const built = path.join(web, 'dist', 'index.html');
  const sources = ['src', 'index.html', 'vite.config.ts'].map((f) => path.join(web, f)).filter((f) => fs.existsSync(f));
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  console.log('[e2e] building the web app (vite build)…');
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('vite build failed');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

type Database = { env: Record<string, string>; drop: () => Promise<void> };

async function freshDatabase(kind: 'pglite' | 'postgres'): Promise<Database> {
  if (kind !== 'postgres') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedline-e2e-'));
    return { env: { SEEDLINE_DATA_DIR: dir }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error('SEEDLINE_E2E_DB=postgres needs TEST_DATABASE_URL (a server where test databases may be created).');
  const { default: pg } = await import('pg');
  const name = `seedline_e2e_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedline-e2e-'));
  return {
    env: { DATABASE_URL: url.toString(), SEEDLINE_DATA_DIR: dir },
    drop: async () => {
      await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type RunningServer = { baseURL: string; stop: () => Promise<void> };

async function waitUntilReady(baseURL: string, child: ChildProcess, logs: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}.\n${logs()}`);
    try {
      const res = await fetch(`${baseURL}/api/health`);
      const body = (await res.json().catch(() => ({}))) as { demo?: string };
      last = `HTTP ${res.status} ${JSON.stringify(body)}`;
      if (res.ok && (body.demo === 'ready' || body.demo === 'off')) return;
      if (body.demo === 'failed') throw new Error(`The demo data job failed.\n${logs()}`);
    } catch (e) {
      if (e instanceof Error && e.message.startsWith('The demo')) throw e;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The server was not ready within ${timeoutMs / 1000}s (last: ${last}).\n${logs()}`);
}

/** Starts the real server with a fresh database and the demo data at a small scale. */
export async function startServer(
  opts: { demoScale?: number; timeoutMs?: number; database?: 'pglite' | 'postgres' } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const db = await freshDatabase(opts.database ?? (process.env.SEEDLINE_E2E_DB === 'postgres' ? 'postgres' : 'pglite'));
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...db.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      SEEDLINE_DEMO: 'auto',
      SEEDLINE_DEMO_SCALE: String(opts.demoScale ?? 0.2),
      SEEDLINE_COOKIE_SECURE: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseURL = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([
        new Promise((r) => child.once('exit', r)),
        new Promise((r) => setTimeout(r, 5000)).then(() => child.exitCode === null && child.kill('SIGKILL')),
      ]);
    }
    await db.drop();
  };
  try {
    await waitUntilReady(baseURL, child, () => `--- server output ---\n${output}`, opts.timeoutMs ?? 240_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { baseURL, stop };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A fresh browser profile (no cookies, no stored language), Japanese by default like a user in Japan. */
export async function newPage(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { width: 1440, height: 960 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the form (Japanese UI) and waits to leave the sign-in page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  // Keep a ?redirect= the app put there; otherwise open the form.
  if (!page.url().includes('/sign-in')) await page.goto('/sign-in');
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'サインイン' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/**
 * Picks an option of a Mantine Select by its label and the option's visible text. Options may
 * arrive after the dropdown opens (catalog queries), and a re-render can close it, so retry.
 */
export async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: label, exact: true });
  for (let attempt = 1; ; attempt++) {
    await box.click();
    const choice = page.getByRole('option', { name: option }).first();
    try {
      await choice.waitFor({ state: 'visible', timeout: 3000 });
      await choice.click();
      return;
    } catch (e) {
      if (attempt >= 5) throw e;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(500);
    }
  }
}

/** The text of an element, as the user reads it. */
export async function text(locator: Locator): Promise<string> {
  return (await locator.textContent()) ?? '';
}
