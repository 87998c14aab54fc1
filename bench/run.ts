/**
 * Runs every bench/*.bench.ts (or those whose name contains argv[2]) and prints one JSON line
 * per record. Each benchmark file exports `run(): Promise<BenchRecord[]>` (or yields them as it
 * goes through an async iterable) with records { name, value, unit, ...context }.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type BenchRecord = { name: string; value: number; unit: string; [context: string]: unknown };

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run: () => AsyncIterable<BenchRecord> | Promise<BenchRecord[]> };
  const out = mod.run();
  if (Symbol.asyncIterator in out) {
    for await (const record of out) console.log(JSON.stringify({ file, ...record }));
  } else {
    for (const record of await out) console.log(JSON.stringify({ file, ...record }));
  }
}
