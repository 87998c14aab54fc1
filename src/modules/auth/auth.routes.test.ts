import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { buildUser } from '../../../test/helpers/factories.ts';
import { auditLog } from '../../db/schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('sign-in', () => {
  it('starts a session with an HttpOnly SameSite cookie and returns the CSRF token and roles', async () => {
    const user = await buildUser(t.database.db, 'staff');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email.toUpperCase(), password: user.password },
    });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^seedline_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const body = res.json();
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    expect(body.user).toMatchObject({ email: user.email, roles: [{ role: 'staff', scopeType: 'agency' }] });
    expect(body.user).not.toHaveProperty('passwordHash');

    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: cookie.split(';')[0] } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(user.id);
    expect(me.json().csrfToken).toBe(body.csrfToken);
  });

  it('rejects a wrong password with a problem in Japanese by default and in English on request', async () => {
    const user = await buildUser(t.database.db, 'staff');
    const ja = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: 'wrong password' },
    });
    expect(ja.statusCode).toBe(401);
    expect(ja.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(ja.json()).toMatchObject({
      status: 401,
      code: 'invalid_credentials',
      detail: 'メールアドレスまたはパスワードが正しくありません。',
    });
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
      payload: { email: 'nobody@test.example', password: 'whatever' },
    });
    expect(en.statusCode).toBe(401);
    expect(en.json().detail).toBe('The email address or password is not correct.');
    expect(en.headers['set-cookie']).toBeUndefined();
  });

  it('throttles an account after five failures, even for the right password, with Retry-After', async () => {
    const user = await buildUser(t.database.db, 'po');
    for (let i = 0; i < 5; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: `guess ${i}` } });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: user.password },
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('too_many_requests');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses a sign-in posted from another origin', async () => {
    const user = await buildUser(t.database.db, 'staff');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: 'https://evil.example', host: 'localhost:3000' },
      payload: { email: user.email, password: user.password },
    });
    expect(res.statusCode).toBe(403);
    const opaque = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: 'null' },
      payload: { email: user.email, password: user.password },
    });
    expect(opaque.statusCode).toBe(403);
    expect(opaque.json().code).toBe('forbidden');
  });

  it('rejects a malformed body with validation_failed and the field paths', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 5 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
    expect(res.json().errors.length).toBeGreaterThan(0);
  });
});

describe('sessions', () => {
  it('ends the session at logout, which needs the CSRF token, and records both in the audit log', async () => {
    const user = await buildUser(t.database.db, 'executive');
    const s = await t.login(user.email, user.password);
    const noToken = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: s.cookie } });
    expect(noToken.statusCode).toBe(403);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: s.headers });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: s.cookie } });
    expect(after.statusCode).toBe(401);
    const actions = (await t.database.db.select().from(auditLog).where(eq(auditLog.actorUserId, user.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['auth.login', 'auth.logout']));
  });

  it('ignores a forged session cookie', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: 'seedline_session=forged' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
  });
});
