import type { SQL } from 'drizzle-orm';
import type { Db } from './client.ts';

/** Runs a raw SQL query and returns its rows (both drivers answer with `.rows`). */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** int8/numeric arrive as strings (pg) or bigint (PGlite); yen totals fit safely in a JS number. */
export function toNumber(v: unknown): number {
  if (v === null || v === undefined) return 0;
  return typeof v === 'number' ? v : Number(v);
}
