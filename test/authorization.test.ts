import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';

// Routes anyone may call; every other API route must refuse an anonymous caller with 401.
const PUBLIC = new Set([
  'GET /api/health',
  'GET /api/ready',
  'GET /api/openapi.json',
  'POST /api/v1/auth/login',
  'GET /api/v1/public/kpis',
  'GET /api/v1/public/kpis/drilldown',
  'GET /api/v1/public/databook/:fiscalYear',
  'GET /api/v1/public/databook/:fiscalYear/tables/:table',
  'GET /api/v1/public/calls',
  'GET /api/v1/public/calls/:id',
  'GET /api/v1/public/projects', // portal
  'GET /api/v1/public/projects/export', // portal
  'GET /api/v1/public/projects/:id', // portal
  'GET /api/v1/public/projects/:id/similar', // portal
]);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('every API route', () => {
  it('answers an anonymous caller with 401 problem+json, except the public ones', async () => {
    const api = t.app.seedlineRoutes.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
    expect(api.length).toBeGreaterThan(10);
    for (const { method, url } of api) {
      if (PUBLIC.has(`${method} ${url}`)) continue;
      const res = await t.app.inject({
        method: method as 'GET',
        url: url.replace(/:(\w+)/g, (_m, name: string) => (name === 'id' ? '1' : 'x')),
        payload: ['POST', 'PUT', 'PATCH'].includes(method) ? {} : undefined,
      });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.headers['content-type'], `${method} ${url}`).toMatch(/^application\/problem\+json/);
    }
  });

  it('is documented in the OpenAPI document with a success response schema', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { responses?: Record<string, unknown>; security?: unknown[] }>>;
    };
    const api = t.app.seedlineRoutes.filter((r) => r.url.startsWith('/api/v1/'));
    for (const { method, url } of api) {
      const path = url.replace(/:(\w+)/g, '{$1}');
      const op = doc.paths[path]?.[method.toLowerCase()];
      expect(op, `${method} ${url}`).toBeDefined();
      expect(
        Object.keys(op?.responses ?? {}).some((code) => /^2\d\d$/.test(code)),
        `${method} ${url}`,
      ).toBe(true);
    }
  });

  it('declares security on every operation: none for the public routes, the session cookie for the rest', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    const operations = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.entries(ops).map(([m, op]) => ({ key: `${m.toUpperCase()} ${p}`, op })),
    );
    expect(operations.length).toBeGreaterThan(10);
    for (const { key, op } of operations) {
      const route = key.replace(/\{(\w+)\}/g, ':$1');
      expect(op.security, key).toEqual(PUBLIC.has(route) ? [] : [{ session: [] }]);
    }
  });
});
