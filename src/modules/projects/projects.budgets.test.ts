import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { buildProgram, buildProject, buildUser } from '../../../test/helpers/factories.ts';
import { auditLog, projectBudgets } from '../../db/schema.ts';

let t: TestApp;
const db = () => t.database.db;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const put = (id: number, payload: object, s?: Session) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/projects/${id}/budgets`, headers: s?.headers ?? {}, payload });
const lines = [
  { fiscalYear: 2022, source: 'initial', amountYen: 40_000_000 },
  { fiscalYear: 2023, source: 'initial', amountYen: 35_000_000 },
  { fiscalYear: 2023, source: 'adjustment', amountYen: 5_000_000 },
];

describe('PUT /api/v1/projects/:id/budgets', () => {
  it('lets staff replace the yearly lines, bumps the version and records before and after', async () => {
    const p = await buildProject(db());
    const staff = await buildUser(db(), 'staff');
    const res = await put(p.id, { version: p.version, lines }, await t.login(staff.email, staff.password));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().version).toBe(p.version + 1);
    expect(res.json().budgets).toHaveLength(3);
    const stored = await db().select().from(projectBudgets).where(eq(projectBudgets.projectId, p.id));
    expect(stored.reduce((a, b) => a + b.amountYen, 0)).toBe(80_000_000);
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'project.budgets.replace'), eq(auditLog.entityId, String(p.id))));
    expect(audit?.before).toMatchObject({ lines: [{ fiscalYear: 2022, amountYen: 30_000_000 }] });
    expect(audit?.after).toMatchObject({ version: p.version + 1 });
  });

  it('answers a stale edit with 409 stale_version and keeps the newer lines', async () => {
    const p = await buildProject(db());
    const staff = await buildUser(db(), 'staff');
    const s = await t.login(staff.email, staff.password);
    expect((await put(p.id, { version: p.version, lines }, s)).statusCode).toBe(200);
    const stale = await put(p.id, { version: p.version, lines: [] }, s);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
    expect(await db().select().from(projectBudgets).where(eq(projectBudgets.projectId, p.id))).toHaveLength(3);
  });

  it('refuses a line outside the project period or a duplicate line, and changes nothing', async () => {
    const p = await buildProject(db());
    const staff = await buildUser(db(), 'staff');
    const s = await t.login(staff.email, staff.password);
    const outside = await put(p.id, { version: p.version, lines: [{ fiscalYear: 2030, source: 'initial', amountYen: 1 }] }, s);
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0].path).toBe('lines.0.fiscalYear');
    const dup = await put(p.id, { version: p.version, lines: [lines[0], lines[0]] }, s);
    expect(dup.statusCode).toBe(400);
    const negative = await put(p.id, { version: p.version, lines: [{ ...lines[0], amountYen: -1 }] }, s);
    expect(negative.statusCode).toBe(400);
    const stored = await db().select().from(projectBudgets).where(eq(projectBudgets.projectId, p.id));
    expect(stored).toEqual([expect.objectContaining({ fiscalYear: 2022, amountYen: 30_000_000 })]);
  });

  it('forbids a PO and a researcher, answers 401 to an anonymous caller and 404 for an unknown project', async () => {
    const program = await buildProgram(db());
    const p = await buildProject(db(), { programId: program.id });
    const po = await buildUser(db(), 'po', { scopeId: program.id });
    const researcher = await buildUser(db(), 'researcher');
    expect((await put(p.id, { version: p.version, lines }, await t.login(po.email, po.password))).statusCode).toBe(403);
    expect((await put(p.id, { version: p.version, lines }, await t.login(researcher.email, researcher.password))).statusCode).toBe(403);
    expect((await put(p.id, { version: p.version, lines })).statusCode).toBe(401);
    const staff = await buildUser(db(), 'staff');
    expect((await put(999_999, { version: 1, lines }, await t.login(staff.email, staff.password))).statusCode).toBe(404);
  });
});
