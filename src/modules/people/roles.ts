/**
 * Roles and the scope each one is bound to. A user may hold several roles
 * (a PO of two programs, a reviewer who is also a researcher).
 */
export const ROLES = ['admin', 'executive', 'pd', 'ps', 'po', 'dc', 'staff', 'reviewer', 'researcher'] as const;
export type Role = (typeof ROLES)[number];

export const SCOPE_TYPES = ['agency', 'integrated_project', 'program', 'disease_area', 'self'] as const;
export type ScopeType = (typeof SCOPE_TYPES)[number];

/** The scope type each role must carry. */
export const ROLE_SCOPE: Record<Role, ScopeType> = {
  admin: 'agency',
  executive: 'agency',
  staff: 'agency',
  pd: 'integrated_project',
  ps: 'program',
  po: 'program',
  dc: 'disease_area',
  reviewer: 'agency',
  researcher: 'self',
};

/** Roles that work inside the agency and may read every internal project record. */
export const AGENCY_ROLES: readonly Role[] = ['admin', 'executive', 'pd', 'ps', 'po', 'dc', 'staff'];

export const ROLE_LABELS: Record<Role, { ja: string; en: string }> = {
  admin: { ja: 'システム管理者', en: 'Administrator' },
  executive: { ja: '役員', en: 'Executive' },
  pd: { ja: 'プログラム・ディレクター（PD）', en: 'Program Director (PD)' },
  ps: { ja: 'プログラム・スーパーバイザー（PS）', en: 'Program Supervisor (PS)' },
  po: { ja: 'プログラム・オフィサー（PO）', en: 'Program Officer (PO)' },
  dc: { ja: '疾患領域コーディネーター（DC）', en: 'Disease Coordinator (DC)' },
  staff: { ja: '事業部職員', en: 'Program staff' },
  reviewer: { ja: '評価委員', en: 'Reviewer' },
  researcher: { ja: '研究者', en: 'Researcher' },
};

export type RoleGrant = { role: Role; scopeType: ScopeType; scopeId: number | null };
