import { GENERIC_STAGES, MODALITIES, PROJECT_STATUSES, STAGE_CODES } from '../../../../src/modules/projects/stages.ts';

export const SORTS = ['grantNumber', 'title', 'startFiscalYear', 'budget'] as const;
export type Sort = (typeof SORTS)[number];
export const PAGE_SIZES = [20, 50, 100] as const;

/** The project list's state, all of it in the URL so a filtered list can be bookmarked. */
export type ProjectSearch = {
  fiscalYear?: number;
  integratedProject?: number;
  program?: number;
  diseaseArea?: number;
  stage?: string;
  institution?: number;
  modality?: string;
  status?: string;
  q?: string;
  /** Only the projects the signed-in researcher works on. */
  mine?: boolean;
  sort?: Sort;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
};

const int = (v: unknown, min: number, max: number): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};
const clamp = (n: number | undefined, max: number) => (n === undefined ? undefined : Math.min(n, max));
const oneOf = <T extends string>(v: unknown, allowed: readonly T[]): T | undefined =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;

const STAGES = [...GENERIC_STAGES, ...STAGE_CODES] as string[];

/** Parses untrusted URL search params; anything invalid is dropped rather than sent to the API. */
export function parseProjectSearch(raw: Record<string, unknown>): ProjectSearch {
  const q = typeof raw.q === 'string' ? raw.q.trim().slice(0, 200) : typeof raw.q === 'number' ? String(raw.q) : undefined;
  const out: ProjectSearch = {
    fiscalYear: int(raw.fiscalYear, 2000, 2100),
    integratedProject: int(raw.integratedProject, 1, Number.MAX_SAFE_INTEGER),
    program: int(raw.program, 1, Number.MAX_SAFE_INTEGER),
    diseaseArea: int(raw.diseaseArea, 1, Number.MAX_SAFE_INTEGER),
    stage: oneOf(raw.stage, STAGES),
    institution: int(raw.institution, 1, Number.MAX_SAFE_INTEGER),
    modality: oneOf(raw.modality, MODALITIES),
    status: oneOf(raw.status, PROJECT_STATUSES),
    q: q || undefined,
    mine: raw.mine === true || raw.mine === 'true' ? true : undefined,
    sort: oneOf(raw.sort, SORTS),
    order: oneOf(raw.order, ['asc', 'desc'] as const),
    page: int(raw.page, 1, 100_000),
    // An impossible page size (pageSize=1000) is answered with the largest one offered.
    pageSize: clamp(int(raw.pageSize, 1, Number.MAX_SAFE_INTEGER), Math.max(...PAGE_SIZES)),
  };
  for (const k of Object.keys(out) as (keyof ProjectSearch)[]) if (out[k] === undefined) delete out[k];
  return out;
}

export const DEFAULT_PAGE_SIZE = 50;
