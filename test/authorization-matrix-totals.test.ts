import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/modules/auth/actor.ts';
import { ROLE_SCOPE, type Role } from '../src/modules/people/roles.ts';
import { projectVisibility } from '../src/modules/projects/projects.policy.ts';
import { createProjectsRepository } from '../src/modules/projects/projects.repository.ts';
import { createTestApp, type Session, type TestApp } from './helpers/app.ts';
import { buildProject, buildTwoScopes, buildUser } from './helpers/factories.ts';

// What a role may not list must not show up in a total either: for every role, each total of the
// home (per followed scope) and of the overview equals the total of the project list the same
// caller gets for the same filter.

const FY = 2024;
type Persona = { name: string; role: Role; session: Session; actor: Actor };
let t: TestApp;
const personas: Persona[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const { ipA, ipB, programA, programB, areaA, areaB } = await buildTwoScopes(db);
  const mine = await buildUser(db, 'researcher');
  const budgets = [{ fiscalYear: FY, source: 'initial', amountYen: 10_000_000 }];
  // Public and unpublished projects in each program and area; one unpublished project is the researcher's.
  for (const [programId, areaId] of [
    [programA.id, areaA.id],
    [programB.id, areaB.id],
  ] as const) {
    for (const isPublic of [true, true, false, false])
      await buildProject(db, { programId, isPublic, diseaseAreaIds: [areaId], startFiscalYear: 2023, endFiscalYear: FY, budgets });
  }
  await buildProject(db, {
    programId: programA.id,
    piResearcherId: mine.researcherId!,
    isPublic: false,
    diseaseAreaIds: [areaA.id],
    startFiscalYear: FY,
    endFiscalYear: 2026,
    budgets,
  });
  const users: [string, Awaited<ReturnType<typeof buildUser>>, number | null][] = [
    ['admin', await buildUser(db, 'admin'), null],
    ['staff', await buildUser(db, 'staff'), null],
    ['executive', await buildUser(db, 'executive'), null],
    ['pd', await buildUser(db, 'pd', { scopeId: ipA.id }), ipA.id],
    ['ps', await buildUser(db, 'ps', { scopeId: programB.id }), programB.id],
    ['po', await buildUser(db, 'po', { scopeId: programA.id }), programA.id],
    ['dc', await buildUser(db, 'dc', { scopeId: areaB.id }), areaB.id],
    ['researcher', mine, null],
    ['researcherOther', await buildUser(db, 'researcher'), null],
    ['reviewer', await buildUser(db, 'reviewer'), null],
  ];
  for (const [name, u, scopeId] of users) {
    const role = name.replace('Other', '') as Role;
    const actor: Actor = {
      userId: u.id,
      email: u.email,
      displayName: u.displayName,
      locale: 'ja',
      roles: [{ role, scopeType: ROLE_SCOPE[role], scopeId }],
      researcherId: u.researcherId,
    };
    personas.push({ name, role, actor, session: await t.login(u.email, u.password) });
  }
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
const listTotal = async (query: string, s: Session) => {
  const res = await get(`/api/v1/projects?${query}&pageSize=1`, s);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { total: number }).total;
};

describe('totals and lists agree for every role', () => {
  it('counts on the home, per followed scope, what the project list behind its link shows the same caller', async () => {
    let compared = 0;
    for (const p of personas) {
      const home = (await get('/api/v1/home', p.session)).json() as {
        fiscalYear: number;
        scopes: { kind: string; link: string; projectCount: number }[];
      };
      expect(home.fiscalYear, p.name).toBe(FY);
      if (p.role === 'reviewer') expect(home.scopes, p.name).toEqual([]);
      for (const scope of home.scopes) {
        const query = scope.link.replace(/^\/projects\?/, '');
        expect(scope.projectCount, `${p.name} ${scope.kind} ${scope.link}`).toBe(await listTotal(query, p.session));
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(8);
  });

  it('counts on the overview what the project list of the year shows; callers who cannot list everything get no overview', async () => {
    const all = await listTotal(`fiscalYear=${FY}`, personas.find((p) => p.name === 'admin')!.session);
    for (const p of personas) {
      const listed = await listTotal(`fiscalYear=${FY}`, p.session);
      const res = await get(`/api/v1/overview?fiscalYear=${FY}`, p.session);
      if (['researcher', 'reviewer'].includes(p.role)) {
        // They list fewer projects than exist (unpublished ones are hidden) and get no agency totals.
        expect(listed, p.name).toBeLessThan(all);
        expect(res.statusCode, p.name).toBe(403);
        continue;
      }
      expect(res.statusCode, p.name).toBe(200);
      const o = res.json() as { projectCount: number; byIntegratedProject: { id: number; projectCount: number }[] };
      expect(o.projectCount, p.name).toBe(listed);
      for (const ip of o.byIntegratedProject.filter((r) => r.projectCount > 0))
        expect(ip.projectCount, `${p.name} integrated project ${ip.id}`).toBe(
          await listTotal(`fiscalYear=${FY}&integratedProject=${ip.id}`, p.session),
        );
    }
  });

  it('computes the overview with the list’s own visibility, so even a caller who may not open it would get the list’s numbers', async () => {
    // The route refuses researchers and reviewers; the totals beneath it must not depend on that.
    const repo = createProjectsRepository(t.database.db);
    for (const p of personas) {
      const o = await repo.overview(FY, projectVisibility(p.actor));
      expect(o.projectCount, p.name).toBe(await listTotal(`fiscalYear=${FY}`, p.session));
    }
  });

  it('lets a researcher count their own unpublished project and never another researcher’s', async () => {
    const me = personas.find((p) => p.name === 'researcher')!;
    const other = personas.find((p) => p.name === 'researcherOther')!;
    const reviewer = personas.find((p) => p.name === 'reviewer')!;
    const publicOnly = await listTotal(`fiscalYear=${FY}`, reviewer.session);
    expect(await listTotal(`fiscalYear=${FY}`, me.session)).toBe(publicOnly + 1);
    expect(await listTotal(`fiscalYear=${FY}`, other.session)).toBe(publicOnly);
    const exported = await t.app.inject({
      method: 'GET',
      url: `/api/v1/projects/export?format=json&fiscalYear=${FY}`,
      headers: other.session.headers,
    });
    expect(exported.statusCode).toBe(200);
    expect((JSON.parse(exported.body) as { items: unknown[] }).items.length).toBe(publicOnly);
  });
});
