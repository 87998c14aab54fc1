import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { buildProject, buildUser } from '../../../test/helpers/factories.ts';

let t: TestApp;
const db = () => t.database.db;
let owner: Session;
let colleague: Session;
let researcher: Session;

beforeAll(async () => {
  t = await createTestApp();
  const login = async (u: { email: string; password: string }) => t.login(u.email, u.password);
  owner = await login(await buildUser(db(), 'dc'));
  colleague = await login(await buildUser(db(), 'pd'));
  researcher = await login(await buildUser(db(), 'researcher'));
});
afterAll(async () => {
  await t?.close();
});

const call = (method: 'GET' | 'POST', url: string, s?: Session, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: s?.headers ?? {}, payload });

describe('shortlists', () => {
  it("shows each item's funding by year, stage and hand-offs; only the owner adds items", async () => {
    const a = await buildProject(db(), {
      stage: 'drug_screening',
      budgets: [
        { fiscalYear: 2022, source: 'initial', amountYen: 30_000_000 },
        { fiscalYear: 2022, source: 'adjustment', amountYen: 5_000_000 },
        { fiscalYear: 2023, source: 'initial', amountYen: 28_000_000 },
      ],
    });
    const list = await call('POST', '/shortlists', owner, { nameJa: '注目技術', nameEn: 'Technologies to watch' });
    expect(list.statusCode, list.body).toBe(201);
    const id = list.json().id;
    const item = { titleJa: '経口GLP-1低分子', competitors: '海外2社が第II相', projectIds: [a.id] };
    expect((await call('POST', `/shortlists/${id}/items`, colleague, item)).statusCode).toBe(403);
    expect((await call('POST', `/shortlists/${id}/items`, owner, { ...item, projectIds: [999999] })).statusCode).toBe(400);
    const added = await call('POST', `/shortlists/${id}/items`, owner, item);
    expect(added.statusCode, added.body).toBe(200);
    const seen = (await call('GET', `/shortlists/${id}`, colleague)).json();
    expect(seen.permissions.canEdit).toBe(false);
    const glance = seen.items[0].projects[0];
    expect(glance.stage).toBe('drug_screening');
    expect(glance.funding).toEqual([
      { fiscalYear: 2022, amountYen: 35_000_000 },
      { fiscalYear: 2023, amountYen: 28_000_000 },
    ]);
    expect(glance.handoffs).toBe(0);
    expect(seen.items[0].competitors).toBe('海外2社が第II相');
  });

  it('refuses researchers (403) and anonymous callers (401), and answers 404 for an unknown list', async () => {
    expect((await call('GET', '/shortlists', researcher)).statusCode).toBe(403);
    expect((await call('GET', '/shortlists')).statusCode).toBe(401);
    expect((await call('GET', '/shortlists/999999', owner)).statusCode).toBe(404);
  });
});
