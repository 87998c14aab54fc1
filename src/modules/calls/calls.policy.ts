import { type Actor, hasRole, isAgencyMember, scopeIds } from '../auth/actor.ts';

/** Agency members see every call, drafts included; everyone else sees published calls only. */
export const canSeeDraftCalls = (actor: Actor | null) => actor !== null && isAgencyMember(actor);

/** Admin and staff manage every call; a PS or PO the calls of their programs; a PD those of their integrated project. */
export function canManageCall(actor: Actor, call: { programId: number; integratedProjectIds: number[] }): boolean {
  if (hasRole(actor, 'admin', 'staff')) return true;
  if ([...scopeIds(actor, 'ps'), ...scopeIds(actor, 'po')].includes(call.programId)) return true;
  const ips = scopeIds(actor, 'pd');
  return call.integratedProjectIds.some((id) => ips.includes(id));
}
