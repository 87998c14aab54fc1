import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';
import { acquireDataDirLock, DataDirLockedError, lockFileOf, lockHolder } from './lock.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seedline-lock-'));
const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)'], { stdio: 'ignore' });
afterAll(() => {
  sleeper.kill('SIGKILL');
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the lock on an embedded database directory', () => {
  it('is refused while a live process holds it, naming that pid in Japanese and English', () => {
    const dir = path.join(tmp, 'held');
    fs.writeFileSync(lockFileOf(dir), JSON.stringify({ pid: sleeper.pid }));
    try {
      acquireDataDirLock(dir);
      expect.unreachable('the lock was taken from a live process');
    } catch (e) {
      expect(e).toBeInstanceOf(DataDirLockedError);
      const err = e as DataDirLockedError;
      expect(err.pid).toBe(sleeper.pid);
      expect(err.detail.en).toContain(`pid ${sleeper.pid}`);
      expect(err.detail.ja).toContain(`pid ${sleeper.pid}`);
    }
    expect(lockHolder(dir)).toBe(sleeper.pid);
  });

  it('takes over a lock left by a process that has died, and frees it on release', () => {
    const dir = path.join(tmp, 'stale');
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    fs.writeFileSync(lockFileOf(dir), JSON.stringify({ pid: Number(dead.stdout.trim()) }));
    const lock = acquireDataDirLock(dir);
    expect(lockHolder(dir)).toBe(process.pid);
    lock.release();
    expect(fs.existsSync(lockFileOf(dir))).toBe(false);
  });

  it('keeps a second open of the same PGlite directory out until the first is closed', async () => {
    const dir = path.join(tmp, 'pglite');
    const first = await openDatabase({ kind: 'pglite', dataDir: dir });
    // Same process: a stale-looking own lock would be taken over, so ask from a child process.
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import('./src/db/lock.ts').then(m => { try { m.acquireDataDirLock(${JSON.stringify(dir)}); console.log('taken'); } catch (e) { console.log(e.code, e.pid); } })`,
      ],
      { encoding: 'utf8', cwd: path.resolve(import.meta.dirname, '../..') },
    );
    expect(child.stdout.trim()).toBe(`data_dir_locked ${process.pid}`);
    await first.close();
    expect(fs.existsSync(lockFileOf(dir))).toBe(false);
  });
});
