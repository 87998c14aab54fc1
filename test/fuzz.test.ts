import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/sql.ts';
import { createTestApp, type Session, type TestApp } from './helpers/app.ts';
import { buildProject, buildUser } from './helpers/factories.ts';

// Property-based requests to every operation of the app's own OpenAPI document (new routes are
// picked up by themselves), valid-looking and broken: wrong types, huge strings, odd Unicode,
// deep JSON, bad content types. Never a 5xx; every error is problem+json with a message in the
// caller's language; a rejected request changes nothing (audit trail and project versions).
type Op = { method: string; path: string; params: { name: string; in: string; schema?: { type?: string } }[]; hasBody: boolean };

let t: TestApp;
let session: Session;
let ops: Op[] = [];
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

beforeAll(async () => {
  t = await createTestApp();
  const admin = await buildUser(t.database.db, 'admin');
  session = await t.login(admin.email, admin.password);
  for (let i = 0; i < 3; i++) await buildProject(t.database.db);
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, { parameters?: Op['params']; requestBody?: unknown }>>;
  };
  ops = Object.entries(doc.paths).flatMap(([p, methods]) =>
    Object.entries(methods).map(([m, op]) => ({
      method: m.toUpperCase(),
      path: p,
      params: op.parameters ?? [],
      hasBody: Boolean(op.requestBody),
    })),
  );
});
afterAll(async () => {
  await t?.close();
});

const odd = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\uFFFF',
  '\uD800',
  '𠮷野家',
  'ｱｲｳ',
  '\u202E',
  '../../etc/passwd',
  "' or 1=1 --",
  '<script>',
  '%00',
  'NaN',
  '-1',
  '1e309',
  '0x10',
);
const huge = fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'あ'.repeat(n));
const scalar = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  odd,
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
// Deep JSON travels as raw text (fast-check could not print a deep value in a counterexample).
const deep = fc.integer({ min: 50, max: 5000 }).map((n) => ({ __raw: `${'['.repeat(n)}1${']'.repeat(n)}` }));
const rawBody = (body: unknown) =>
  body && typeof body === 'object' && '__raw' in body ? String((body as { __raw: string }).__raw) : undefined;
const json = fc.oneof(fc.jsonValue({ maxDepth: 4 }), deep, fc.dictionary(fc.string(), scalar), fc.array(scalar));
const paramValue = fc.oneof(
  fc.integer({ min: -5, max: 5 }).map(String),
  fc.nat().map(String),
  odd,
  fc.string({ maxLength: 30 }),
  huge.map((s) => s.slice(0, 3000)),
);

/** Percent-encoding; a lone surrogate becomes invalid UTF-8 bytes, which the server must refuse cleanly. */
function enc(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return `%ED%A0%80${encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, ''))}`;
  }
}

async function fingerprint() {
  const [row] = await queryRows<{ audits: string; last: string | null; versions: string | null }>(
    t.database.db,
    sql`select (select count(*) from audit_log)::text as audits, (select max(id) from audit_log)::text as last, (select sum(version) from projects)::text as versions`,
  );
  return JSON.stringify(row);
}

const stats = { requests: 0, serverErrors: 0, statuses: new Map<number, number>() };

async function send(
  op: Op,
  values: Record<string, string>,
  body: unknown,
  opts: { lang: 'ja' | 'en'; signedIn: boolean; contentType?: string },
) {
  const url = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => enc(values[name] ?? '1'));
  const query = op.params
    .filter((p) => p.in === 'query' && values[p.name] !== undefined)
    .map((p) => `${enc(p.name)}=${enc(values[p.name] as string)}`)
    .join('&');
  const headers: Record<string, string> = { 'accept-language': opts.lang, ...(opts.signedIn ? session.headers : {}) };
  const withBody = !['GET', 'HEAD', 'DELETE'].includes(op.method);
  let payload: string | undefined;
  if (withBody) {
    headers['content-type'] = opts.contentType ?? 'application/json';
    payload = opts.contentType?.startsWith('multipart')
      ? '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n\u0000\r\n--'
      : (rawBody(body) ?? JSON.stringify(body) ?? 'null');
  }
  const before = await fingerprint();
  const res = await t.app.inject({ method: op.method as 'GET', url: query ? `${url}?${query}` : url, headers, payload });
  stats.requests++;
  stats.statuses.set(res.statusCode, (stats.statuses.get(res.statusCode) ?? 0) + 1);
  const where = `${op.method} ${op.path} → ${res.statusCode}`;
  if (res.statusCode >= 500) stats.serverErrors++;
  expect(res.statusCode, `${where} ${res.body.slice(0, 300)}`).toBeLessThan(500);
  if (res.statusCode >= 400) {
    expect(res.headers['content-type'], where).toMatch(/^application\/problem\+json/);
    const problem = res.json() as { detail: string; errors?: { message: string }[] };
    expect(problem.detail, where).toBeTruthy();
    if (opts.lang === 'ja') expect(problem.detail, where).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    else expect(problem.detail, where).not.toMatch(/[\u3040-\u30ff]/);
    expect(await fingerprint(), `${where} changed the database`).toBe(before);
  }
}

describe('every operation of the OpenAPI document under generated requests', () => {
  it('never answers 5xx, always problem+json in the caller language, and a rejection changes nothing', async () => {
    expect(ops.length).toBeGreaterThan(10);
    for (const op of ops) {
      const names = op.params.filter((p) => p.in === 'path' || p.in === 'query').map((p) => p.name);
      const values = fc.record(Object.fromEntries(names.map((n) => [n, paramValue])), { requiredKeys: [] }) as fc.Arbitrary<
        Record<string, string>
      >;
      await fc.assert(
        fc.asyncProperty(
          values,
          json,
          fc.constantFrom<'ja' | 'en'>('ja', 'en'),
          fc.boolean(),
          fc.constantFrom(
            undefined,
            undefined,
            undefined,
            'text/plain',
            'multipart/form-data; boundary=x',
            'application/json; charset=latin1',
          ),
          // Signing out would end the fuzzing session: that one operation is only called anonymously.
          async (v, body, lang, signedIn, contentType) =>
            send(op, v, body, { lang, signedIn: signedIn && !op.path.endsWith('/auth/logout'), contentType }),
        ),
        { numRuns: RUNS, seed: 20261202 },
      );
    }
    console.log(
      `fuzz: ${stats.requests} requests to ${ops.length} operations, ${stats.serverErrors} 5xx; statuses ${JSON.stringify(Object.fromEntries(stats.statuses))}`,
    );
  }, 300_000);
});
