/**
 * Runs every bench/*.bench.ts (or those whose name contains one of the arguments) and prints
 * one JSON line per record { name, value, unit, ...context }. A benchmark file exports an async
 * function as `default` or `run`, returning its records or yielding them as it goes.
 * Not part of npm test.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type BenchRecord = { name: string; value: number; unit: string; [context: string]: unknown };
type Bench = () => AsyncIterable<BenchRecord> | Promise<BenchRecord[]>;

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default?: Bench; run?: Bench };
  const bench = mod.default ?? mod.run;
  if (!bench) throw new Error(`${file} exports neither default nor run`);
  const out = bench();
  if (Symbol.asyncIterator in out) {
    for await (const record of out) console.log(JSON.stringify({ file, ...record }));
  } else {
    for (const record of await out) console.log(JSON.stringify({ file, ...record }));
  }
}
