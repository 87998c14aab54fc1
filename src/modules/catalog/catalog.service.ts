import type { Db } from '../../db/client.ts';
import { japaneseFiscalYear } from '../../lib/fiscal-year.ts';
import { createCatalogRepository } from './catalog.repository.ts';
import type { DiseaseArea, IntegratedProject, Period, Program } from './catalog.schemas.ts';

type Holder = { userId: number; displayName: string; displayNameEn: string };

function groupHolders(rows: { role: string; scopeId: number | null; userId: number; displayName: string; displayNameEn: string }[]) {
  const map = new Map<string, Holder[]>();
  for (const r of rows) {
    const key = `${r.role}:${r.scopeId}`;
    const list = map.get(key) ?? [];
    list.push({ userId: r.userId, displayName: r.displayName, displayNameEn: r.displayNameEn });
    map.set(key, list);
  }
  return (role: string, id: number) => map.get(`${role}:${id}`) ?? [];
}

/** The agency's structure: periods, fiscal years, integrated projects, disease areas, programs, and who holds each post. */
export function createCatalogService(deps: { db: Db }) {
  const repo = createCatalogRepository(deps.db);
  return {
    async listPeriods(): Promise<Period[]> {
      const [periods, years] = await Promise.all([repo.periods(), repo.fiscalYears()]);
      return periods.map((p) => ({
        ...p,
        fiscalYears: years
          .filter((y) => y.periodId === p.id)
          .map((y) => ({ fiscalYear: y.fiscalYear, startsOn: y.startsOn, endsOn: y.endsOn, labelJa: japaneseFiscalYear(y.fiscalYear) })),
      }));
    },

    async listIntegratedProjects(periodId?: number): Promise<IntegratedProject[]> {
      const rows = await repo.integratedProjects(periodId);
      const holders = groupHolders(
        await repo.postHolders(
          'integrated_project',
          rows.map((r) => r.id),
        ),
      );
      return rows.map((r) => ({ ...r, kind: r.kind as 'modality' | 'disease', directors: holders('pd', r.id) }));
    },

    async listDiseaseAreas(periodId?: number): Promise<DiseaseArea[]> {
      const rows = await repo.diseaseAreas(periodId);
      const holders = groupHolders(
        await repo.postHolders(
          'disease_area',
          rows.map((r) => r.id),
        ),
      );
      return rows.map((r) => ({ ...r, coordinators: holders('dc', r.id) }));
    },

    async listPrograms(filter: { periodId?: number; integratedProjectId?: number }): Promise<Program[]> {
      const rows = await repo.programs(filter);
      const ids = rows.map((r) => r.program.id);
      const [placements, posts] = await Promise.all([repo.placements(ids), repo.postHolders('program', ids)]);
      const holders = groupHolders(posts);
      return rows.map(({ program, ministry, department }) => ({
        ...program,
        ministry: { id: ministry.id, nameJa: ministry.nameJa, nameEn: ministry.nameEn },
        department: { id: department.id, nameJa: department.nameJa, nameEn: department.nameEn },
        placements: placements
          .filter((p) => p.programId === program.id)
          .map((p) => ({ periodId: p.periodId, integratedProjectId: p.integratedProjectId }))
          .sort((a, b) => a.periodId - b.periodId),
        supervisors: holders('ps', program.id),
        officers: holders('po', program.id),
      }));
    },

    listInstitutions: (q: string | undefined, limit: number) => repo.institutions(q, limit),
    listMinistries: () => repo.ministries(),
    listDepartments: () => repo.departments(),
    periodOfFiscalYear: (fy: number) => repo.periodOfFiscalYear(fy),
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
