import type { Locale } from '../../lib/locale.ts';
import { AGENCY_ROLES, type Role, type RoleGrant } from '../people/roles.ts';

/** Who is asking: what services receive instead of an HTTP request. */
export type Actor = {
  userId: number;
  email: string;
  displayName: string;
  /** The name for English pages ('' when unknown). */
  displayNameEn?: string;
  locale: Locale;
  roles: RoleGrant[];
  /** The researcher record of this user, if any (for 'self' scope). */
  researcherId: number | null;
  /** For audit records. */
  requestId?: string;
  ip?: string;
};

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((g) => roles.includes(g.role));
}

/** Agency insiders (admin, executive, PD, PS, PO, DC, staff) read every internal record. */
export function isAgencyMember(actor: Actor): boolean {
  return actor.roles.some((g) => AGENCY_ROLES.includes(g.role));
}

/** The scope ids this actor holds for a role (e.g. the programs a PO follows). */
export function scopeIds(actor: Actor, role: Role): number[] {
  return actor.roles.filter((g) => g.role === role && g.scopeId !== null).map((g) => g.scopeId as number);
}
