/**
 * Runs every bench/*.bench.ts (default export: an async function returning records
 * `{ name, value, unit, ...context }`) and prints one JSON line per record.
 * `npm run bench` or `npm run bench -- portfolio` (only files whose name contains the word).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type BenchRecord = { name: string; value: number; unit: string; [k: string]: unknown };
const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<BenchRecord[]> };
  for (const record of await mod.default()) console.log(JSON.stringify({ file, ...record }));
}
process.exit(0);
