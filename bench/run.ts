/**
 * Runs every bench/*.bench.ts (each default-exports an async function returning records
 * { name, value, unit, ...context }) and prints one JSON line per record. Not part of npm test.
 * `npm run bench -- portal` runs only the files whose name contains "portal".
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type BenchRecord = { name: string; value: number; unit: string; [k: string]: unknown };

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default: () => Promise<BenchRecord[]> };
  for (const record of await mod.default()) console.log(JSON.stringify({ file, ...record }));
}
process.exit(0);
