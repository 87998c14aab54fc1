/**
 * The Data Book as data: every table with bilingual titles, typed columns and rows. Money is
 * integer yen in JSON; downloads print it as the agency does (億円 for totals, 千円 in the
 * award-size table's bounds).
 */
export type ColumnKind = 'text' | 'count' | 'yen' | 'percent';
export type Column = { key: string; ja: string; en: string; kind: ColumnKind };
export type Row = Record<string, number | string>;
export type DatabookTable = {
  key: string;
  titleJa: string;
  titleEn: string;
  /** Which chart the web app and the SVG renderer draw: bar (categories), line (years), pie. */
  chart: 'bar' | 'stacked' | 'pie' | 'none';
  columns: Column[];
  rows: Row[];
  noteJa?: string;
  noteEn?: string;
};
export type Databook = { fiscalYear: number; periodId: number; builtAt: string; tables: DatabookTable[] };

export const col = (key: string, ja: string, en: string, kind: ColumnKind): Column => ({ key, ja, en, kind });
export const NAME = [col('nameJa', '区分', 'Category (ja)', 'text'), col('nameEn', 'Category', 'Category', 'text')];
export const COUNT_MONEY = [col('projects', '課題数', 'Projects', 'count'), col('yen', '研究開発費', 'R&D funding', 'yen')];

/** Award sizes (yen, lower bound inclusive) as the Data Book bins them. */
export const AWARD_BOUNDS = [10_000_000, 30_000_000, 50_000_000, 100_000_000, 300_000_000, 500_000_000];
export function awardBinLabel(bin: number): { ja: string; en: string } {
  const b = [0, ...AWARD_BOUNDS];
  const man = (y: number) => (y >= 100_000_000 ? `${y / 100_000_000}億円` : `${(y / 10_000).toLocaleString('en-US')}万円`);
  const mil = (y: number) => `¥${(y / 1_000_000).toLocaleString('en-US')}M`;
  const lo = b[bin - 1] ?? 0;
  const hi = b[bin];
  if (bin === 1) return { ja: `${man(hi!)}未満`, en: `under ${mil(hi!)}` };
  if (hi === undefined) return { ja: `${man(lo)}以上`, en: `${mil(lo)} and over` };
  return { ja: `${man(lo)}以上${man(hi)}未満`, en: `${mil(lo)} to under ${mil(hi)}` };
}

/** Cell-by-cell difference of two editions of the same table set (frozen vs live). */
export type TableDiff = {
  key: string;
  titleJa: string;
  titleEn: string;
  changes: { row: string; column: string; frozen: unknown; live: unknown }[];
};
export function diffDatabooks(frozen: Databook, live: Databook): TableDiff[] {
  const out: TableDiff[] = [];
  for (const lt of live.tables) {
    const ft = frozen.tables.find((t) => t.key === lt.key);
    const changes: TableDiff['changes'] = [];
    const keyOf = (r: Row, t: DatabookTable) => String(r[t.columns[0]!.key]);
    const fRows = new Map((ft?.rows ?? []).map((r) => [keyOf(r, ft!), r]));
    const lRows = new Map(lt.rows.map((r) => [keyOf(r, lt), r]));
    for (const k of new Set([...fRows.keys(), ...lRows.keys()])) {
      for (const c of lt.columns) {
        const a = fRows.get(k)?.[c.key] ?? null;
        const b = lRows.get(k)?.[c.key] ?? null;
        if (a !== b) changes.push({ row: k, column: c.key, frozen: a, live: b });
      }
    }
    if (changes.length) out.push({ key: lt.key, titleJa: lt.titleJa, titleEn: lt.titleEn, changes });
  }
  return out;
}
