import { createHash } from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema.ts';
import { queryRows } from '../../db/sql.ts';
import { claimPendingKey } from './idempotency.ts';

export type AuditEntry = {
  actorUserId: number | null;
  action: string;
  entityType: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
  ip?: string | null;
};

/** Advisory lock key that serialises audit appends (the chain needs one order). */
const AUDIT_LOCK = 5_318_008_001;

type Hashed = {
  id: number;
  at: Date;
  actorUserId: number | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
};

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function auditHash(prevHash: string, row: Hashed): string {
  const content = canonicalJson({ ...row, at: row.at.toISOString() });
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

/**
 * Appends one audit record. Call it with the same transaction as the change it describes,
 * so the change and its record commit (or roll back) together. Appends are serialised by a
 * transaction-scoped advisory lock held to the end of the caller's transaction, so each record
 * links to the one committed before it.
 */
export async function recordAudit(trx: Db, entry: AuditEntry): Promise<void> {
  // JSON round trip: the hash covers the values exactly as jsonb gives them back.
  const json = (v: unknown) => (v === undefined || v === null ? null : JSON.parse(JSON.stringify(v)));
  await trx.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
    const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    const [next] = await queryRows<{ id: number }>(tx, sql`select nextval(pg_get_serial_sequence('audit_log', 'id'))::int as id`);
    const row: Hashed = {
      id: Number(next?.id),
      at: new Date(),
      actorUserId: entry.actorUserId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId === null ? null : String(entry.entityId),
      before: json(entry.before),
      after: json(entry.after),
      requestId: entry.requestId ?? null,
      ip: entry.ip ?? null,
    };
    const prevHash = last?.hash ?? '';
    await tx.insert(auditLog).values({ ...row, prevHash, hash: auditHash(prevHash, row) });
    // A request with an Idempotency-Key claims it in this same transaction (see idempotency.ts).
    await claimPendingKey(tx, entry.requestId);
  });
}

export type AuditProblem = { id: number; problem: 'altered' | 'broken_link' | 'out_of_order' };

/**
 * Walks the whole chain in id order. A record whose content no longer gives its hash was
 * altered; one whose prev_hash is not the hash of the record before it follows a missing,
 * inserted or reordered record.
 */
export async function verifyAuditChain(db: Db, batch = 2000): Promise<{ records: number; problems: AuditProblem[] }> {
  const problems: AuditProblem[] = [];
  let prevHash = '';
  let lastId = 0;
  let records = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.id, lastId)).orderBy(asc(auditLog.id)).limit(batch);
    for (const r of rows) {
      records++;
      const { prevHash: storedPrev, hash, ...content } = r;
      if (storedPrev !== prevHash) problems.push({ id: r.id, problem: 'broken_link' });
      if (auditHash(storedPrev, content) !== hash) problems.push({ id: r.id, problem: 'altered' });
      prevHash = hash;
      lastId = r.id;
    }
    if (rows.length < batch) return { records, problems };
  }
}
