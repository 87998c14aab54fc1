import type { Actor } from '../auth/actor.ts';
import type { ScopeFilter } from '../projects/projects.repository.ts';
import type { HomeScope } from './home.schemas.ts';

export type ActorScope = { role: string; kind: HomeScope['kind']; id: number | null; filter: ScopeFilter };

const AGENCY_WIDE = new Set(['admin', 'executive', 'staff']);

/**
 * What each of the actor's roles follows: a PS/PO their programs, a PD their integrated
 * project, a DC their disease area, executives, staff and administrators the agency, a
 * researcher their own projects. Reviewers follow assignments, not projects (no scope).
 */
export function actorScopes(actor: Actor): ActorScope[] {
  const out: ActorScope[] = [];
  const seen = new Set<string>();
  for (const g of actor.roles) {
    let scope: ActorScope | null = null;
    if ((g.role === 'po' || g.role === 'ps') && g.scopeId !== null)
      scope = { role: g.role, kind: 'program', id: g.scopeId, filter: { program: g.scopeId } };
    else if (g.role === 'pd' && g.scopeId !== null)
      scope = { role: g.role, kind: 'integrated_project', id: g.scopeId, filter: { integratedProject: g.scopeId } };
    else if (g.role === 'dc' && g.scopeId !== null)
      scope = { role: g.role, kind: 'disease_area', id: g.scopeId, filter: { diseaseArea: g.scopeId } };
    else if (AGENCY_WIDE.has(g.role)) scope = { role: g.role, kind: 'agency', id: null, filter: {} };
    else if (g.role === 'researcher') scope = { role: g.role, kind: 'self', id: null, filter: { mine: true } };
    const key = scope ? `${scope.kind}:${scope.id}` : '';
    if (scope && !seen.has(key)) {
      seen.add(key);
      out.push(scope);
    }
  }
  return out;
}

/** The project list of a scope in a fiscal year, as a web app path. */
export function scopeLink(s: ActorScope, fiscalYear: number): string {
  const q = new URLSearchParams({ fiscalYear: String(fiscalYear) });
  if (s.filter.program) q.set('program', String(s.filter.program));
  if (s.filter.integratedProject) q.set('integratedProject', String(s.filter.integratedProject));
  if (s.filter.diseaseArea) q.set('diseaseArea', String(s.filter.diseaseArea));
  if (s.filter.mine) q.set('mine', 'true');
  return `/projects?${q}`;
}
