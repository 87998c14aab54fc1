import { type Actor, hasRole, isAgencyMember, scopeIds } from '../auth/actor.ts';
import { canEditProject } from '../projects/projects.policy.ts';

/** What the gate, milestone and report rules need to know about a project. */
export type ProjectScope = { programId: number; integratedProjectIds: number[]; memberIds: number[] };

const inPrograms = (actor: Actor, role: 'po' | 'ps', s: ProjectScope) => scopeIds(actor, role).includes(s.programId);
const inIntegratedProject = (actor: Actor, s: ProjectScope) => s.integratedProjectIds.some((id) => scopeIds(actor, 'pd').includes(id));

/** Agency members read a project's steering record; researchers only the projects they work on. */
export function canReadSteering(actor: Actor, s: ProjectScope): boolean {
  return isAgencyMember(actor) || (actor.researcherId !== null && s.memberIds.includes(actor.researcherId));
}

/** A PO (or PS) files a gate review for projects of their programs; the PD within their integrated project. */
export function canFileGateReview(actor: Actor, s: ProjectScope): boolean {
  return inPrograms(actor, 'po', s) || inPrograms(actor, 'ps', s) || inIntegratedProject(actor, s);
}

/** Go/No-go is decided by the PD of the integrated project or the PS of the program, never by a PO. */
export function canDecideGate(actor: Actor, s: ProjectScope): boolean {
  return inPrograms(actor, 'ps', s) || inIntegratedProject(actor, s);
}

/** Milestones, report requests and reviews, site visits: whoever may edit the project. */
export function canSteer(actor: Actor, s: ProjectScope): boolean {
  return canEditProject(actor, s);
}

/** Reports are written by the project's PI and co-investigators. */
export function canWriteReport(actor: Actor, s: ProjectScope): boolean {
  return actor.researcherId !== null && s.memberIds.includes(actor.researcherId);
}

export function canEditTemplates(actor: Actor): boolean {
  return hasRole(actor, 'admin');
}
