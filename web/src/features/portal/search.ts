import type { PortalSearch } from '../../api/portal/queries.ts';

const int = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
};
const SORTS = ['relevance', 'startFiscalYear', 'grantNumber'] as const;

/** The portal search from the URL; anything malformed is dropped. */
export function parsePortalSearch(s: Record<string, unknown>): PortalSearch {
  const out: PortalSearch = {};
  if (typeof s.q === 'string' && s.q.trim()) out.q = s.q.trim().slice(0, 200);
  for (const k of ['fiscalYear', 'integratedProject', 'program', 'diseaseArea', 'institution', 'pi'] as const) {
    const n = int(s[k]);
    if (n) out[k] = n;
  }
  if (typeof s.stage === 'string' && /^[a-z_]+$/.test(s.stage)) out.stage = s.stage;
  if (typeof s.sort === 'string' && (SORTS as readonly string[]).includes(s.sort)) out.sort = s.sort as PortalSearch['sort'];
  return out;
}
