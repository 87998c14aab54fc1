import { type Actor, hasRole, isAgencyMember, scopeIds } from '../auth/actor.ts';
import type { Visibility } from './projects.repository.ts';

/**
 * Who may see and change projects. Agency members read everything; researchers and
 * reviewers read public projects and the ones they work on. Changes: admin and staff
 * anywhere, a PD within their integrated project, a PS or PO within their programs.
 */
export function projectVisibility(actor: Actor): Visibility {
  return isAgencyMember(actor) ? { kind: 'all' } : { kind: 'public-or-member', researcherId: actor.researcherId };
}

export function canEditProject(actor: Actor, project: { programId: number; integratedProjectIds: number[] }): boolean {
  if (hasRole(actor, 'admin', 'staff')) return true;
  const programs = [...scopeIds(actor, 'ps'), ...scopeIds(actor, 'po')];
  if (programs.includes(project.programId)) return true;
  const ips = scopeIds(actor, 'pd');
  return project.integratedProjectIds.some((id) => ips.includes(id));
}
