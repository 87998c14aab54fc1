import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '../errors.ts';
import errorsPlugin from './errors.ts';
import { fieldMessage } from './validation-messages.ts';

const app = Fastify().withTypeProvider<ZodTypeProvider>();
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);
await app.register(errorsPlugin);
const Body = z
  .object({
    title: z.string().min(1).max(5),
    amountYen: z.number().int().min(0),
    email: z.email(),
    kind: z.enum(['drug', 'device']),
    tags: z.array(z.string()).max(1),
    code: z.string().regex(/^\d+$/),
    step: z.number().multipleOf(5),
    either: z.union([z.string(), z.number()]),
  })
  .strict();
app.post('/things', { schema: { body: Body, querystring: z.object({ page: z.coerce.number().int().positive() }) } }, async () => ({}));
app.post('/service', async () => {
  throw new ValidationError({ ja: '終了年度は開始年度以降にしてください。', en: 'The end fiscal year cannot precede the start.' }, [
    { path: 'endFiscalYear', message: 'before startFiscalYear' },
    { path: 'stage', message: { ja: '段階が違います。', en: 'Wrong stage.' } },
  ]);
});
afterAll(() => app.close());

const bad = { title: '', amountYen: 1.5, email: 'nope', kind: 'food', tags: ['a', 'b'], code: 'x1', step: 7, either: true, extra: 1 };

async function errorsFor(lang: string, payload: unknown = bad, url = '/things?page=1') {
  const res = await app.inject({ method: 'POST', url, payload: payload as object, headers: { 'accept-language': lang } });
  expect(res.statusCode).toBe(400);
  return res.json().errors as { path: string; in: string; issue: string; message: string }[];
}

describe('field messages of a validation_failed problem', () => {
  it('are Japanese by default for every kind of issue, with no English left', async () => {
    const errors = await errorsFor('ja');
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e.message]));
    expect(byPath.title).toBe('1文字以上で入力してください。');
    expect(byPath.amountYen).toBe('整数で入力してください。');
    expect(byPath.email).toBe('メールアドレスの形式で入力してください。');
    expect(byPath.kind).toBe('次のいずれかを指定してください: "drug", "device"');
    expect(byPath.tags).toBe('1件以下にしてください。');
    expect(byPath.code).toBe('指定の形式で入力してください。');
    expect(byPath.step).toBe('5の倍数を入力してください。');
    expect(byPath.either).toBe('入力の形式がどの選択肢にも当てはまりません。');
    expect(errors.find((e) => e.issue === 'unrecognized_keys')?.message).toBe('受け付けない項目があります: extra');
    // Only the allowed values themselves ("drug") and field names may stay in Latin letters.
    for (const e of errors) expect(e.message.replace(/"[^"]*"|extra/g, ''), e.path).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('are English when the caller prefers English', async () => {
    const byPath = Object.fromEntries((await errorsFor('en-US,en;q=0.9')).map((e) => [e.path, e.message]));
    expect(byPath.title).toBe('Enter at least 1 characters.');
    expect(byPath.amountYen).toBe('Enter a whole number.');
    expect(byPath.kind).toBe('Choose one of: "drug", "device"');
  });

  it('tell a missing field from a wrong type, and name the query string', async () => {
    const missing = await errorsFor('ja', { title: 'ok' });
    expect(missing.find((e) => e.path === 'amountYen')?.message).toBe('必須項目です。入力してください。');
    const good = { title: 'ok', amountYen: 1, email: 'a@b.jp', kind: 'drug', tags: [], code: '1', step: 5, either: 1 };
    const query = await errorsFor('en', good, '/things?page=-2');
    expect(query).toEqual([{ path: 'page', in: 'querystring', issue: 'too_small', message: 'Enter a value greater than 0.' }]);
  });

  it('localize field errors raised by services: plain notes become the detail in the caller language', async () => {
    const ja = await errorsFor('ja', {}, '/service');
    expect(ja).toEqual([
      { path: 'endFiscalYear', message: '終了年度は開始年度以降にしてください。' },
      { path: 'stage', message: '段階が違います。' },
    ]);
    const en = await errorsFor('en', {}, '/service');
    expect(en[1]?.message).toBe('Wrong stage.');
  });

  it('cover every Zod issue kind in both languages', () => {
    const kinds = [
      'invalid_type',
      'too_big',
      'too_small',
      'invalid_format',
      'not_multiple_of',
      'unrecognized_keys',
      'invalid_union',
      'invalid_key',
      'invalid_element',
      'invalid_value',
      'custom',
    ];
    for (const code of kinds) {
      const m = fieldMessage(
        { code, origin: 'number', minimum: 1, maximum: 2, format: 'email', divisor: 3, keys: ['k'], values: [1] },
        false,
      );
      expect(m.ja, code).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(m.en, code).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});
