import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { calls, callTypes, programs } from '../../db/schema.ts';
import { queryRows } from '../../db/sql.ts';

export type CallRow = typeof calls.$inferSelect;
export type CallTypeRow = typeof callTypes.$inferSelect;
export type CallWithProgram = CallRow & { programJa: string; programEn: string };

export function createCallsRepository(db: Db) {
  return {
    async list(filter: { programId?: number; fiscalYear?: number; statuses?: string[] }, trx: Db = db): Promise<CallWithProgram[]> {
      const where = and(
        filter.programId ? eq(calls.programId, filter.programId) : undefined,
        filter.fiscalYear ? eq(calls.fiscalYear, filter.fiscalYear) : undefined,
        filter.statuses ? inArray(calls.status, filter.statuses) : undefined,
      );
      const rows = await trx
        .select({ call: calls, programJa: programs.nameJa, programEn: programs.nameEn })
        .from(calls)
        .innerJoin(programs, eq(programs.id, calls.programId))
        .where(where)
        .orderBy(desc(calls.fiscalYear), asc(calls.deadlineAt), asc(calls.id));
      return rows.map((r) => ({ ...r.call, programJa: r.programJa, programEn: r.programEn }));
    },

    async find(id: number, trx: Db = db): Promise<CallWithProgram | null> {
      const [r] = await trx
        .select({ call: calls, programJa: programs.nameJa, programEn: programs.nameEn })
        .from(calls)
        .innerJoin(programs, eq(programs.id, calls.programId))
        .where(eq(calls.id, id));
      return r ? { ...r.call, programJa: r.programJa, programEn: r.programEn } : null;
    },

    typesOf: (callIds: number[], trx: Db = db) =>
      callIds.length === 0
        ? Promise.resolve([] as CallTypeRow[])
        : trx.select().from(callTypes).where(inArray(callTypes.callId, callIds)).orderBy(asc(callTypes.code)),

    async codeTaken(code: string, trx: Db = db) {
      const [r] = await trx.select({ id: calls.id }).from(calls).where(eq(calls.code, code));
      return Boolean(r);
    },

    async programExists(id: number, trx: Db = db) {
      const [r] = await trx.select({ id: programs.id }).from(programs).where(eq(programs.id, id));
      return Boolean(r);
    },

    async insert(row: typeof calls.$inferInsert, types: Omit<typeof callTypes.$inferInsert, 'callId'>[], trx: Db = db) {
      const [call] = await trx.insert(calls).values(row).returning();
      if (!call) throw new Error('insert returned nothing');
      await trx.insert(callTypes).values(types.map((t) => ({ ...t, callId: call.id })));
      return call;
    },

    async updateIfVersion(id: number, version: number, changes: Partial<typeof calls.$inferInsert>, trx: Db = db) {
      const [row] = await trx
        .update(calls)
        .set({ ...changes, version: sql`${calls.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(calls.id, id), eq(calls.version, version)))
        .returning();
      return row ?? null;
    },

    /** Updates the types by code and adds new ones; a type is never deleted (applications may refer to it). */
    async replaceTypes(callId: number, types: Omit<typeof callTypes.$inferInsert, 'callId'>[], trx: Db = db) {
      const existing = await trx.select().from(callTypes).where(eq(callTypes.callId, callId));
      for (const t of types) {
        const old = existing.find((e) => e.code === t.code);
        if (old) await trx.update(callTypes).set(t).where(eq(callTypes.id, old.id));
        else await trx.insert(callTypes).values({ ...t, callId });
      }
    },

    async integratedProjectsOfProgram(programId: number, trx: Db = db) {
      const rows = await queryRows<{ id: number }>(
        trx,
        sql`select integrated_project_id as id from program_placements where program_id = ${programId}`,
      );
      return rows.map((r) => r.id);
    },
  };
}

export type CallsRepository = ReturnType<typeof createCallsRepository>;
