import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/helpers/database.ts';
import { lockFileOf } from '../db/lock.ts';

// The real `seedline` command on a throwaway database: embedded, or a fresh PostgreSQL database.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedline-cli-'));
const bin = path.resolve(import.meta.dirname, '../../bin/seedline.mjs');
let databaseUrl = '';
let cleanup = async () => {};

beforeAll(async () => {
  const test = await createTestDatabase();
  if (test.url) {
    databaseUrl = test.url;
    await test.database.close();
    cleanup = test.cleanup;
  } else {
    await test.cleanup();
  }
});

function seedline(args: string[], input = '') {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, SEEDLINE_DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

afterAll(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  await cleanup();
});

describe('seedline command', () => {
  it('prints its commands', () => {
    const r = seedline(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['start', 'migrate', 'demo', 'users']) expect(r.out).toContain(c);
  });

  it('creates a scoped user with the password from standard input, who can then be listed', () => {
    const result = seedline(
      ['users', 'create', '--email', 'po.cli@example.jp', '--role', 'po', '--scope', 'JISEDAI-GAN', '--name', '山田 花子'],
      'a-long-password\n',
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Created user \d+ <po\.cli@example\.jp> as po \(program \d+\)/);
    const list = seedline(['users', 'list']);
    expect(list.out).toMatch(/po\.cli@example\.jp\s+po\s+program:\d+/);
  }, 120_000);

  it('refuses bad input with a clear message and changes nothing', () => {
    const noScope = seedline(['users', 'create', '--email', 'pd.cli@example.jp', '--role', 'pd'], 'a-long-password\n');
    expect(noScope.code).toBe(1);
    expect(noScope.err).toContain('needs a scope');
    const badRole = seedline(['users', 'create', '--email', 'x@example.jp', '--role', 'king'], 'a-long-password\n');
    expect(badRole.code).toBe(1);
    expect(badRole.err).toContain('The role must be one of');
    const short = seedline(['users', 'create', '--email', 'y@example.jp', '--role', 'staff'], 'short\n');
    expect(short.code).toBe(1);
    expect(short.err).toContain('at least 10 characters');
    const dup = seedline(['users', 'create', '--email', 'PO.CLI@example.jp', '--role', 'staff'], 'a-long-password\n');
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('already registered');
    const list = seedline(['users', 'list']);
    expect(list.out).not.toMatch(/pd\.cli|x@example|y@example/);
  }, 120_000);
});

describe.runIf(process.env.SEEDLINE_TEST_DB !== 'postgres')('seedline command beside a running server', () => {
  it('refuses to open the embedded database another live process holds, naming its pid', () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)'], { stdio: 'ignore' });
    const lock = lockFileOf(path.join(dataDir, 'pglite'));
    try {
      fs.writeFileSync(lock, JSON.stringify({ pid: holder.pid }));
      const r = seedline(['users', 'create', '--email', 'busy@example.jp', '--role', 'staff'], 'a-long-password\n');
      expect(r.code).toBe(1);
      expect(r.err).toContain(`in use by another process (pid ${holder.pid})`);
      expect(r.err).toContain(`別のプロセス（pid ${holder.pid}）が使用中`);
    } finally {
      holder.kill('SIGKILL');
      fs.rmSync(lock, { force: true });
    }
    expect(seedline(['users', 'list']).out).not.toContain('busy@example.jp');
  });
});
