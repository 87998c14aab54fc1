import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DomainError } from '../errors.ts';

/**
 * One process owns an embedded database directory at a time: PGlite has no locking of its own,
 * and two processes writing the same files corrupt them. The owner holds `<dir>.lock` (beside
 * the PGlite directory, inside SEEDLINE_DATA_DIR) with its pid; a lock left by a process that
 * no longer runs is taken over.
 */
export class DataDirLockedError extends DomainError {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      409,
      'data_dir_locked',
      {
        ja: `組み込みデータベース（${dataDir}）は別のプロセス（pid ${pid}）が使用中です。そのプロセス（起動中のサーバーなど）を停止してからやり直すか、別の SEEDLINE_DATA_DIR を指定してください。`,
        en: `The embedded database (${dataDir}) is in use by another process (pid ${pid}). Stop that process (a running server, for example) and try again, or set another SEEDLINE_DATA_DIR.`,
      },
      { pid },
    );
  }
}

export type DataDirLock = { file: string; release(): void };

export function lockFileOf(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid recorded in a lock file, or null when there is none or it cannot be read. */
export function lockHolder(dataDir: string): number | null {
  try {
    const pid = Number(JSON.parse(fs.readFileSync(lockFileOf(dataDir), 'utf8')).pid);
    return Number.isInteger(pid) ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock or throws DataDirLockedError naming the live holder. */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const file = lockFileOf(dataDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const content = JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, content, { flag: 'wx', mode: 0o600 });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        // Only remove our own lock (a takeover by another process after we died is theirs).
        if (lockHolder(dataDir) === process.pid) fs.rmSync(file, { force: true });
      };
      // A process that exits without closing the database (process.exit, a crash) frees it too.
      process.once('exit', release);
      return { file, release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = lockHolder(dataDir);
      if (holder !== null && holder !== process.pid && alive(holder)) throw new DataDirLockedError(path.resolve(dataDir), holder);
      // Stale (dead holder, unreadable file, or our own leftover): take it over.
      fs.rmSync(file, { force: true });
    }
  }
  throw new DataDirLockedError(path.resolve(dataDir), lockHolder(dataDir) ?? 0);
}
