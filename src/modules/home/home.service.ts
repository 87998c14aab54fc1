import type { Actor } from '../auth/actor.ts';
import type { CatalogService } from '../catalog/catalog.service.ts';
import type { ProjectsService } from '../projects/projects.service.ts';
import { createHomeRegistry, type HomeRegistry } from './home.registry.ts';
import type { HomeResponse, HomeScope } from './home.schemas.ts';
import { type ActorScope, actorScopes, scopeLink } from './home.scopes.ts';

const AGENCY_NAME = { nameJa: '機構全体', nameEn: 'The whole agency' };
const OWN_NAME = { nameJa: '参加している課題', nameEn: 'Projects you work on' };

/** Each person's home: what their roles follow, and the items other modules have for them. */
export function createHomeService(deps: { projects: ProjectsService; catalog: CatalogService; registry?: HomeRegistry }) {
  const { projects, catalog } = deps;
  const registry = deps.registry ?? createHomeRegistry();

  async function nameOf(s: ActorScope): Promise<{ nameJa: string; nameEn: string }> {
    if (s.kind === 'agency') return AGENCY_NAME;
    if (s.kind === 'self') return OWN_NAME;
    const list =
      s.kind === 'program'
        ? await catalog.listPrograms({})
        : s.kind === 'integrated_project'
          ? await catalog.listIntegratedProjects()
          : await catalog.listDiseaseAreas();
    const hit = list.find((x) => x.id === s.id);
    return hit ? { nameJa: hit.nameJa, nameEn: hit.nameEn } : { nameJa: `#${s.id}`, nameEn: `#${s.id}` };
  }

  async function scopeOf(s: ActorScope, fiscalYear: number, actor: Actor): Promise<HomeScope> {
    const [names, summary] = await Promise.all([nameOf(s), projects.scopeSummary(s.filter, fiscalYear, actor)]);
    const { endingCount: _ending, ...figures } = summary;
    return { role: s.role, kind: s.kind, id: s.id, ...names, link: scopeLink(s, fiscalYear), ...figures };
  }

  return {
    registry,

    async home(actor: Actor): Promise<HomeResponse> {
      const fiscalYear = await projects.currentFundedFiscalYear();
      const scopes = await Promise.all(actorScopes(actor).map((s) => scopeOf(s, fiscalYear, actor)));
      return { fiscalYear, scopes, items: await registry.collect(actor) };
    },
  };
}

export type HomeService = ReturnType<typeof createHomeService>;
