/**
 * The generated demo agency, before it is written: plain rows that refer to one another by
 * index (researchers, projects, institutions) or by catalog code (programs, disease areas).
 */
import type { ProgramCode } from '../catalog/catalog.reference.ts';
import type { Role, ScopeType } from '../people/roles.ts';
import type { FundingSource, Modality, ProjectStatus } from '../projects/stages.ts';

export type GenResearcher = {
  number: string;
  familyNameJa: string;
  givenNameJa: string;
  familyNameEn: string;
  givenNameEn: string;
  orcid: string | null;
  inst: number;
  /** Sign-in account linked to this researcher (demo accounts only). */
  userEmail: string | null;
};

export type GenProject = {
  grantNumber: string;
  titleJa: string;
  titleEn: string;
  abstractJa: string;
  abstractEn: string;
  pi: number;
  inst: number;
  program: ProgramCode;
  start: number;
  end: number;
  modality: Modality;
  stage: string;
  status: ProjectStatus;
  isPublic: boolean;
  areas: string[];
  /** Typical yearly award in yen before the yearly totals are matched (not stored). */
  base: number;
  /** The predecessor this project continues (not stored; see links). */
  pred: number | null;
};

export type GenMember = { project: number; researcher: number; role: 'pi' | 'co'; effort: number };
export type GenBudget = { project: number; fy: number; source: FundingSource; amount: number };
export type GenLink = { pred: number; succ: number; kind: 'handoff' | 'continuation' | 'fast_path'; noteJa: string; noteEn: string };
export type GenOutcome = {
  project: number;
  kind: string;
  fy: number;
  occurredOn: string | null;
  titleJa: string;
  titleEn: string;
  topJournal: boolean;
  details: Record<string, unknown>;
};
export type GenUser = {
  email: string;
  displayName: string;
  /** Given name first, in Latin letters. */
  displayNameEn: string;
  /** Demo sign-in accounts get the demo password; post holders have none. */
  signIn: boolean;
  roles: { role: Role; scopeType: ScopeType; scopeCode: string | null }[];
};

export type DemoData = {
  researchers: GenResearcher[];
  projects: GenProject[];
  members: GenMember[];
  budgets: GenBudget[];
  links: GenLink[];
  outcomes: GenOutcome[];
  users: GenUser[];
};
