/**
 * Runs every bench/*.bench.ts (its default export: an async function returning records
 * { name, value, unit, ...context }) and prints one JSON line per record. Not part of npm test.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type BenchRecord = { name: string; value: number; unit: string; [k: string]: unknown };
const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort()) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<BenchRecord[]> };
  for (const record of await mod.default()) console.log(JSON.stringify({ file, ...record }));
}
