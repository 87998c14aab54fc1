import { fiscalYearOf, formatFiscalYear, japaneseFiscalYear } from '../../../src/lib/fiscal-year.ts';
import { formatYen, formatYenJa } from '../../../src/lib/money.ts';
import type { Lang } from '../i18n/index.ts';

export { fiscalYearOf };

/** 「2024年度（令和6年度）」 in Japanese, "FY2024" in English. */
export function fiscalYearLabel(fy: number, lang: Lang): string {
  return formatFiscalYear(fy, lang);
}

/** 令和6年度 / FY2024, where space is short (table cells, chips). */
export function fiscalYearShort(fy: number, lang: Lang): string {
  return lang === 'ja' ? japaneseFiscalYear(fy) : `FY${fy}`;
}

/** 2024年度 / FY2024: compact, for ranges and column headers. */
export function fiscalYearPlain(fy: number, lang: Lang): string {
  return lang === 'ja' ? `${fy}年度` : `FY${fy}`;
}

/**
 * A span of fiscal years with the Japanese era on both ends, a single year once:
 * 「2023年度〜2025年度（令和5年度〜令和7年度）」「2024年度（令和6年度）」 / "FY2023–FY2025", "FY2024".
 */
export function fiscalYearRange(start: number, end: number, lang: Lang): string {
  if (start === end) return fiscalYearLabel(start, lang);
  if (lang === 'en') return `FY${start}–FY${end}`;
  return `${start}年度〜${end}年度（${japaneseFiscalYear(start)}〜${japaneseFiscalYear(end)}）`;
}

/** A compact span for table cells: 「2023〜2025年度」「2024年度」 / "FY2023–2025", "FY2024". */
export function fiscalYearSpan(start: number, end: number, lang: Lang): string {
  if (start === end) return fiscalYearPlain(start, lang);
  return lang === 'en' ? `FY${start}–${end}` : `${start}〜${end}年度`;
}

/** 1,245億円 / 3.8億円 / 3,800万円 (ja), ¥124.5 billion (en). */
export function money(yen: number, lang: Lang): string {
  return formatYen(yen, lang, 'compact');
}

/** Exact amounts for budget tables: 3億8,000万円 (ja), ¥380,000,000 (en). */
export function moneyExact(yen: number, lang: Lang): string {
  if (lang === 'ja') return formatYenJa(yen);
  const sign = yen < 0 ? '-' : '';
  return `${sign}¥${Math.abs(yen).toLocaleString('en-US')}`;
}

export function count(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US');
}

export function percent(part: number, whole: number, lang: Lang): string {
  if (!whole) return '–';
  return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { style: 'percent', maximumFractionDigits: 1 }).format(part / whole);
}

export function dateTime(iso: string | null, lang: Lang): string {
  if (!iso) return '–';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Tokyo',
  }).format(d);
}

export function date(iso: string | null, lang: Lang): string {
  if (!iso) return '–';
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

/** Picks the name in the UI language from any { nameJa, nameEn } record. */
export function nameOf(x: { nameJa: string; nameEn: string } | null | undefined, lang: Lang): string {
  if (!x) return '';
  return lang === 'en' ? x.nameEn || x.nameJa : x.nameJa || x.nameEn;
}

export function titleOf(x: { titleJa: string; titleEn: string }, lang: Lang): string {
  return lang === 'en' ? x.titleEn || x.titleJa : x.titleJa || x.titleEn;
}

/** For { ja, en } label records from the shared domain modules (stages, roles, sources). */
export function labelOf(x: { ja: string; en: string }, lang: Lang): string {
  return x[lang];
}

/** The fiscal year pages open on: the current one (Japan time). */
export function defaultFiscalYear(now: Date = new Date()): number {
  return fiscalYearOf(now);
}

/** People and names in a sentence: 「山田、鈴木」 / "Yamada, Suzuki". */
export function joinNames(names: string[], lang: Lang): string {
  return names.join(lang === 'ja' ? '、' : ', ');
}

/** 'ja' for text written in Japanese script (a name stored only in kanji), so it is read and shaped as Japanese. */
export function scriptLang(text: string): 'ja' | undefined {
  return /[\u3040-\u30ff\u3400-\u9fff]/.test(text) ? 'ja' : undefined;
}

/** Separator between a role and its scope: 「PO・次世代がん」 / "PO · P-CREATE". */
export function dot(lang: Lang): string {
  return lang === 'ja' ? '・' : ' · ';
}

/** A person's name in the UI language: the Latin-letter name on English pages when there is one. */
export function personName(p: { displayName: string; displayNameEn?: string }, lang: Lang): string {
  return lang === 'en' && p.displayNameEn ? p.displayNameEn : p.displayName;
}
