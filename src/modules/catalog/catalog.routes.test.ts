import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { buildProgram, buildUser, integratedProjectOf } from '../../../test/helpers/factories.ts';

let t: TestApp;
let s: Session;
beforeAll(async () => {
  t = await createTestApp();
  const u = await buildUser(t.database.db, 'researcher');
  s = await t.login(u.email, u.password);
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string) =>
  t.app.inject({ method: 'GET', url, headers: s.headers }).then((r) => ({ status: r.statusCode, body: r.json() }));

describe('catalog', () => {
  it('lists the three plan periods with their fiscal years from April to March', async () => {
    const { status, body } = await get('/api/v1/catalog/periods');
    expect(status).toBe(200);
    expect(body.items.map((p: { startFiscalYear: number; endFiscalYear: number }) => [p.startFiscalYear, p.endFiscalYear])).toEqual([
      [2015, 2019],
      [2020, 2024],
      [2025, 2029],
    ]);
    const fy2024 = body.items[1].fiscalYears.find((y: { fiscalYear: number }) => y.fiscalYear === 2024);
    expect(fy2024).toEqual({ fiscalYear: 2024, startsOn: '2024-04-01', endsOn: '2025-03-31', labelJa: '令和6年度' });
  });

  it('has nine, six and eight integrated projects in the three periods, as in the slides', async () => {
    const names = async (period: number) =>
      (await get(`/api/v1/catalog/integrated-projects?period=${period}`)).body.items.map((i: { nameJa: string }) => i.nameJa);
    expect(await names(1)).toHaveLength(9);
    const second = await names(2);
    expect(second).toHaveLength(6);
    for (const n of [
      '医薬品',
      '医療機器・ヘルスケア',
      '再生・細胞医療・遺伝子治療',
      'ゲノム・データ基盤',
      '疾患基礎研究',
      'シーズ開発・研究基盤',
    ]) {
      expect(second.some((x: string) => x.includes(n))).toBe(true);
    }
    const third = await names(3);
    expect(third).toHaveLength(8);
    for (const n of ['医薬品', '感染症', 'データ利活用・ライフコース', '橋渡し・臨床加速化', 'イノベーション・エコシステム']) {
      expect(third.some((x: string) => x.includes(n))).toBe(true);
    }
  });

  it('lists the disease areas of each period', async () => {
    const second = (await get('/api/v1/catalog/disease-areas?period=2')).body.items.map((d: { nameJa: string }) => d.nameJa);
    expect(second).toEqual(expect.arrayContaining(['がん', '生活習慣病', '精神・神経疾患', '難病', '成育', '感染症']));
    expect(second).toHaveLength(7);
    const third = (await get('/api/v1/catalog/disease-areas?period=3')).body.items.map((d: { nameJa: string }) => d.nameJa);
    expect(third).toEqual(['がん', '難病・希少疾患', 'ライフコース']);
  });

  it('shows programs with their placement per period and the PS and POs who run them', async () => {
    const ip = await integratedProjectOf(t.database.db, 2, 2);
    const program = await buildProgram(t.database.db, { integratedProjectId: ip.id });
    const ps = await buildUser(t.database.db, 'ps', { scopeId: program.id });
    const po = await buildUser(t.database.db, 'po', { scopeId: program.id });
    const { body } = await get(`/api/v1/catalog/programs?period=2&integratedProject=${ip.id}`);
    const found = body.items.find((p: { id: number }) => p.id === program.id);
    expect(found.placements).toEqual([{ periodId: 2, integratedProjectId: ip.id }]);
    expect(found.supervisors).toEqual([{ userId: ps.id, displayName: ps.displayName, displayNameEn: '' }]);
    expect(found.officers).toEqual([{ userId: po.id, displayName: po.displayName, displayNameEn: '' }]);
    expect(found.ministry.nameJa).toBeTruthy();
    const all = (await get('/api/v1/catalog/programs')).body.items;
    expect(all.length).toBeGreaterThanOrEqual(body.items.length);
  });

  it('lists the ministries and departments behind the programs', async () => {
    const ministries = (await get('/api/v1/catalog/ministries')).body.items.map((m: { nameJa: string }) => m.nameJa);
    expect(ministries).toEqual(expect.arrayContaining(['文部科学省', '厚生労働省', '経済産業省', '総務省']));
    const departments = (await get('/api/v1/catalog/departments')).body.items.map((d: { nameJa: string }) => d.nameJa);
    expect(departments).toEqual(expect.arrayContaining(['創薬事業部', '医療機器・ヘルスケア事業部']));
  });

  it('rejects an out-of-range period', async () => {
    const res = await get('/api/v1/catalog/integrated-projects?period=99');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
  });

  it('serves the OpenAPI 3.1 document and answers health', async () => {
    const doc = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(doc.json().openapi).toBe('3.1.0');
    expect(Object.keys(doc.json().paths)).toEqual(
      expect.arrayContaining(['/api/v1/projects', '/api/v1/projects/{id}', '/api/v1/catalog/periods']),
    );
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toMatchObject({ status: 'ok', database: t.database.kind });
  });
});
