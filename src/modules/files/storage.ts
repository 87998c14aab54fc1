import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where attachment bytes live. The database keeps the metadata and the SHA-256; a storage keeps
 * the bytes under an opaque key. The disk storage is the default; an S3-compatible storage can
 * implement the same interface later (not built yet).
 */
export interface FileStorage {
  /** Stores the bytes and returns their key and checksum. */
  put(bytes: Buffer, hint: { prefix: string }): Promise<{ key: string; sha256: string; sizeBytes: number }>;
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
}

const KEY = /^[a-z0-9-]+\/[0-9a-f-]{36}$/;

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Files under `<dir>/<prefix>/<uuid>`; writes go to a temporary name first, then rename (atomic). */
export function createDiskStorage(dir: string): FileStorage {
  const fileOf = (key: string) => {
    if (!KEY.test(key)) throw new Error(`invalid storage key ${key}`);
    return path.join(dir, key);
  };
  return {
    async put(bytes, hint) {
      const prefix = hint.prefix.toLowerCase().replace(/[^a-z0-9-]/g, '-');
      const key = `${prefix}/${randomUUID()}`;
      const file = fileOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.tmp`;
      await fs.writeFile(tmp, bytes);
      await fs.rename(tmp, file);
      return { key, sha256: sha256Of(bytes), sizeBytes: bytes.length };
    },
    get: (key) => fs.readFile(fileOf(key)),
    async delete(key) {
      await fs.rm(fileOf(key), { force: true });
    },
  };
}

/**
 * True when the bytes are a PDF by content, not by name: the `%PDF-` header at the start and an
 * `%%EOF` marker in the last kilobyte (where the PDF specification puts it).
 */
export function looksLikePdf(bytes: Buffer): boolean {
  if (bytes.length < 16 || bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return false;
  return bytes
    .subarray(Math.max(0, bytes.length - 1024))
    .toString('latin1')
    .includes('%%EOF');
}
