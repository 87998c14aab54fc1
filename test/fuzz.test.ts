import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/sql.ts';
import { KINDS } from '../src/modules/outcomes/outcomes.kinds.ts';
import { createTestApp, type Session, type TestApp } from './helpers/app.ts';
import { buildProject, buildUser } from './helpers/factories.ts';

// Property-based requests to every operation of the app's own OpenAPI document (new routes are
// picked up by themselves), valid-looking and broken: wrong types, huge strings, odd Unicode,
// deep JSON, bad content types. Never a 5xx; every error is problem+json with a message in the
// caller's language; a rejected request changes nothing (audit trail and project versions).
type Op = {
  method: string;
  path: string;
  params: { name: string; in: string; schema?: { type?: string } }[];
  hasBody: boolean;
  bodySchema?: JsonSchema;
};
type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
};

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
    paths: Record<
      string,
      Record<string, { parameters?: Op['params']; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>
    >;
  };
  ops = Object.entries(doc.paths).flatMap(([p, methods]) =>
    Object.entries(methods).map(([m, op]) => ({
      method: m.toUpperCase(),
      path: p,
      params: op.parameters ?? [],
      hasBody: Boolean(op.requestBody),
      bodySchema: op.requestBody?.content?.['application/json']?.schema,
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
const fieldMessages = { count: 0 };
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
// Zod 4's default English texts ("Too small: expected string to have >=1 characters", "Invalid input: …").
const ZOD_DEFAULT =
  /^(Too small|Too big|Invalid input|Invalid option|Invalid string|Invalid element|Invalid key|Unrecognized key)|expected \w+ to (have|be)|received \w+$/;

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
    const problem = res.json() as { detail: string; errors?: { path?: string; message: string }[] };
    expect(problem.detail, where).toBeTruthy();
    if (opts.lang === 'ja') expect(problem.detail, where).toMatch(JAPANESE);
    else expect(problem.detail, where).not.toMatch(/[\u3040-\u30ff]/);
    // Field messages too: in the caller's language, never Zod's own English text.
    for (const e of problem.errors ?? []) {
      const field = `${where} field ${e.path}: ${e.message}`;
      expect(e.message, field).toBeTruthy();
      expect(e.message, field).not.toMatch(ZOD_DEFAULT);
      if (opts.lang === 'ja') expect(e.message, field).toMatch(JAPANESE);
      fieldMessages.count++;
    }
    expect(await fingerprint(), `${where} changed the database`).toBe(before);
  }
}

/**
 * Bodies shaped like an operation's own request schema, each field valid or broken in the ways a
 * form breaks it: empty or too long text, a number out of range or as text, an unknown option, a
 * missing required field, an unknown field. They reach the field validators (and the services'
 * own checks), so every field message is seen.
 */
function fromSchema(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return scalar;
  const branches = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (branches?.length) return fc.oneof(...branches.map((b) => fromSchema(b, depth + 1)));
  if (schema.enum) return fc.oneof(fc.constantFrom(...schema.enum), fc.constant('not-an-option'), fc.integer());
  const type = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  const broken = fc.oneof(fc.constant(null), fc.constant(''), fc.integer(), fc.constant([]), fc.constant({}), odd);
  switch (type) {
    case 'string': {
      const min = schema.minLength ?? 0;
      const max = Math.min(schema.maxLength ?? 40, 40);
      const valid =
        schema.format === 'date'
          ? fc.constantFrom('2024-04-01', '2024-13-40', '20240401')
          : fc.string({ minLength: Math.min(min, max), maxLength: Math.max(min, max) });
      const tooLong = schema.maxLength !== undefined && schema.maxLength < 20_000 ? [fc.constant('長'.repeat(schema.maxLength + 1))] : [];
      return fc.oneof(valid, fc.constant(''), fc.constant('   '), ...tooLong, broken);
    }
    case 'integer':
    case 'number': {
      const lo = schema.minimum ?? -1e6;
      const hi = schema.maximum ?? 1e6;
      return fc.oneof(
        fc.integer({ min: Math.max(lo, -1e9), max: Math.min(hi, 1e9) }),
        fc.constantFrom(lo - 1, hi + 1, 0.5, -1, 0),
        fc.constant('12'),
        broken,
      );
    }
    case 'boolean':
      return fc.oneof(fc.boolean(), fc.constantFrom('true', 0), broken);
    case 'array':
      return fc.oneof(fc.array(fromSchema(schema.items, depth + 1), { maxLength: 3 }), broken);
    case 'object': {
      const props = schema.properties ?? {};
      const shape = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, fromSchema(v, depth + 1)]));
      return fc.oneof(
        { weight: 4, arbitrary: fc.record(shape, { requiredKeys: [] }) },
        { weight: 1, arbitrary: fc.record(shape, { requiredKeys: [] }).map((o) => ({ ...o, unexpectedField: 1 })) },
        { weight: 1, arbitrary: broken },
      );
    }
    default:
      return scalar;
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

describe('field messages under bodies shaped like each operation’s schema', () => {
  it('are in the caller’s language (never Zod’s English defaults) for every field of every operation, and a rejection changes nothing', async () => {
    const withBodies = ops.filter((op) => op.bodySchema && !op.path.endsWith('/auth/logout'));
    expect(withBodies.length).toBeGreaterThan(10);
    const before = fieldMessages.count;
    for (const op of withBodies) {
      await fc.assert(
        fc.asyncProperty(fromSchema(op.bodySchema), fc.constantFrom<'ja' | 'en'>('ja', 'ja', 'en'), async (body, lang) =>
          send(op, {}, body, { lang, signedIn: true }),
        ),
        { numRuns: RUNS, seed: 20261203 },
      );
    }
    const seen = fieldMessages.count - before;
    console.log(`fuzz (schema-shaped bodies): ${withBodies.length} operations × ${RUNS} runs, ${seen} field messages checked`);
    expect(seen).toBeGreaterThan(withBodies.length);
  }, 300_000);
});

describe('field messages of a service’s own checks', () => {
  it('name each field’s problem in the caller’s language (outcome details checked after the request validation)', async () => {
    const [project] = await queryRows<{ id: number }>(t.database.db, sql`select id from projects order by id limit 1`);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...KINDS),
        fc.dictionary(fc.constantFrom('doi', 'pmid', 'journal', 'company', 'product', 'category', 'applicationNumber'), scalar),
        fc.constantFrom<'ja' | 'en'>('ja', 'en'),
        async (kind, details, lang) => {
          const res = await t.app.inject({
            method: 'POST',
            url: `/api/v1/projects/${project!.id}/outcomes`,
            headers: { ...session.headers, 'accept-language': lang },
            payload: { kind, fiscalYear: 2023, titleJa: '成果', titleEn: 'Outcome', details },
          });
          if (res.statusCode === 201) return;
          expect(res.statusCode, res.body).toBe(400);
          const problem = res.json() as { detail: string; errors: { path: string; message: string }[] };
          expect(problem.errors.length, res.body).toBeGreaterThan(0);
          for (const e of problem.errors.filter((x) => x.path.startsWith('details.'))) {
            expect(e.message, res.body).not.toBe(problem.detail);
            expect(e.message, res.body).not.toMatch(ZOD_DEFAULT);
            if (lang === 'ja') expect(e.message, res.body).toMatch(JAPANESE);
            else expect(e.message, res.body).not.toMatch(JAPANESE);
          }
        },
      ),
      { numRuns: RUNS * 2, seed: 20261203 },
    );
  });
});
