import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/app.ts';
import { buildProject, buildUser } from '../../test/helpers/factories.ts';
import { auditLog, idempotencyKeys, projects } from '../db/schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function setUp() {
  const admin = await buildUser(t.database.db, 'admin');
  const session = await t.login(admin.email, admin.password);
  const project = await buildProject(t.database.db);
  const patch = (key: string, titleEn: string, version = project.version) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/v1/projects/${project.id}`,
      headers: { ...session.headers, 'idempotency-key': key },
      payload: { version, titleEn },
    });
  const updates = async () =>
    (
      await t.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, String(project.id)))
    ).filter((a) => a.action === 'project.update').length;
  return { admin, project, patch, updates };
}

describe('Idempotency-Key on state-changing requests', () => {
  it('applies a retried request once and replays its response', async () => {
    const { project, patch, updates } = await setUp();
    const first = await patch('key-1', 'Once only');
    expect(first.statusCode).toBe(200);
    const again = await patch('key-1', 'Once only');
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await updates()).toBe(1);
    const [row] = await t.database.db.select().from(projects).where(eq(projects.id, project.id));
    expect(row?.version).toBe(project.version + 1);
  });

  it('refuses the same key with another body and changes nothing', async () => {
    const { patch, updates } = await setUp();
    await patch('key-2', 'First');
    const other = await patch('key-2', 'Second', 2);
    expect(other.statusCode).toBe(409);
    expect(other.json().code).toBe('idempotency_key_reused');
    expect(await updates()).toBe(1);
  });

  it('applies concurrent requests with one key once', async () => {
    const { patch, updates } = await setUp();
    const results = await Promise.all([patch('key-3', 'Race'), patch('key-3', 'Race'), patch('key-3', 'Race')]);
    expect(results.filter((r) => r.statusCode === 200 && !r.headers['idempotent-replayed'])).toHaveLength(1);
    for (const r of results) expect([200, 409]).toContain(r.statusCode);
    expect(await updates()).toBe(1);
  });

  it('after a crash between commit and stored response, answers 409 instead of applying twice', async () => {
    const { admin, patch, updates } = await setUp();
    await patch('key-4', 'Before the crash');
    // What a crash leaves: the key claimed with the change, no response stored.
    await t.database.db.update(idempotencyKeys).set({ status: null, response: null }).where(eq(idempotencyKeys.userId, admin.id));
    const retry = await patch('key-4', 'Before the crash');
    expect(retry.statusCode).toBe(409);
    expect(retry.json().code).toBe('idempotency_in_progress');
    expect(await updates()).toBe(1);
  });

  it('rejects a malformed key with a message in the caller language', async () => {
    const { patch } = await setUp();
    const bad = await patch('bad key with spaces', 'x');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toBe('Idempotency-Key は1〜200文字の英数字・記号で指定してください。');
  });
});
