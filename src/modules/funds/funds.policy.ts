import { type Actor, hasRole, scopeIds } from '../auth/actor.ts';
import type { ProjectScope } from './funds.repository.ts';

/** Executives (and admins) open rounds, rank requests and decide them. */
export const canDecide = (actor: Actor) => hasRole(actor, 'admin', 'executive');

/** A PD for projects of their integrated project, a PS or PO for their programs; admin and staff anywhere. */
export function canRequestFor(actor: Actor, project: ProjectScope): boolean {
  if (hasRole(actor, 'admin', 'staff')) return true;
  if ([...scopeIds(actor, 'ps'), ...scopeIds(actor, 'po')].includes(project.programId)) return true;
  return project.integratedProjectId !== null && scopeIds(actor, 'pd').includes(project.integratedProjectId);
}
