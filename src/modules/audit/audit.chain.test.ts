import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/client.ts';
import { queryRows } from '../../db/sql.ts';
import { recordAudit, verifyAuditChain } from './audit.service.ts';

let database: Database;
let cleanup = async () => {};
beforeAll(async () => {
  ({ database, cleanup } = await createTestDatabase());
  // Concurrent appends (on PostgreSQL from several pooled connections) must still form one chain.
  await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      database.db.transaction((tx) =>
        recordAudit(tx, {
          actorUserId: i,
          action: 'project.update',
          entityType: 'project',
          entityId: i % 7,
          before: { titleJa: `課題${i}`, n: i },
          after: { titleJa: `課題${i}改`, n: i + 1, nested: { b: 1, a: [1, 'x'] } },
          requestId: `req-${i}`,
          ip: '127.0.0.1',
        }),
      ),
    ),
  );
});
afterAll(() => cleanup());

/** Runs SQL on the audit table with the append-only trigger off, as an attacker with table access would. */
async function tamper(statement: string) {
  await database.exec(
    `ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only; ${statement}; ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;`,
  );
}

describe('the hash-chained audit trail', () => {
  it('verifies an untouched chain written concurrently', async () => {
    expect(await verifyAuditChain(database.db)).toEqual({ records: 40, problems: [] });
  });

  it('refuses UPDATE and DELETE of a record', async () => {
    await expect(database.exec("UPDATE audit_log SET action = 'x' WHERE id = 1")).rejects.toThrow(/append-only/);
    await expect(database.exec('DELETE FROM audit_log WHERE id = 1')).rejects.toThrow(/append-only/);
  });

  it('detects one changed byte in any column of any record', async () => {
    const columns = ['action', 'entity_type', 'entity_id', 'request_id', 'ip', 'before', 'after', 'actor_user_id', 'at'];
    for (const [i, column] of columns.entries()) {
      const id = 3 + i * 4;
      const change =
        column === 'before' || column === 'after'
          ? `${column} = jsonb_set(${column}, '{n}', to_jsonb((${column}->>'n')::int + 1))`
          : column === 'actor_user_id'
            ? 'actor_user_id = actor_user_id + 1'
            : column === 'at'
              ? "at = at + interval '1 millisecond'"
              : `${column} = overlay(${column} placing chr(ascii(substr(${column}, 1, 1)) # 1) from 1 for 1)`;
      const [original] = await queryRows<Record<string, unknown>>(
        database.db,
        sql.raw(`select ${column}::text as v from audit_log where id = ${id}`),
      );
      await tamper(`UPDATE audit_log SET ${change} WHERE id = ${id}`);
      const result = await verifyAuditChain(database.db);
      expect(result.problems, column).toEqual([{ id, problem: 'altered' }]);
      const restore = original?.v === null ? 'NULL' : `'${String(original?.v).replace(/'/g, "''")}'`;
      const type =
        column === 'before' || column === 'after' ? 'jsonb' : column === 'actor_user_id' ? 'int' : column === 'at' ? 'timestamptz' : 'text';
      await tamper(`UPDATE audit_log SET ${column} = ${restore}::${type} WHERE id = ${id}`);
    }
    expect((await verifyAuditChain(database.db)).problems).toEqual([]);
  });

  it('detects a missing record and two swapped records', async () => {
    await tamper(
      'UPDATE audit_log a SET action = b.action, before = b.before, after = b.after, actor_user_id = b.actor_user_id, entity_id = b.entity_id, request_id = b.request_id, prev_hash = b.prev_hash, hash = b.hash FROM audit_log b WHERE (a.id, b.id) IN ((10, 11), (11, 10))',
    );
    const swapped = await verifyAuditChain(database.db);
    expect(swapped.problems.map((p) => p.id)).toEqual(expect.arrayContaining([10, 11]));
    await tamper('DELETE FROM audit_log WHERE id = 20');
    const missing = await verifyAuditChain(database.db);
    expect(missing.problems).toContainEqual({ id: 21, problem: 'broken_link' });
  });
});
