import ExcelJS from 'exceljs';
import { GRANT_NUMBER } from './outcomes.kinds.ts';

/** One record read from a file, before validation: flat fields as in the CSV template. */
export type RawRecord = Record<string, string>;

/** RFC 4180 CSV (quoted fields, "" escapes, CRLF or LF), first line the header. */
export function parseCsv(text: string): RawRecord[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  const [head, ...body] = rows.filter((r) => r.some((v) => v.trim() !== ''));
  if (!head) return [];
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

/** The first sheet of an .xlsx workbook, read like the CSV template. */
export async function parseXlsx(content: Buffer): Promise<RawRecord[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(content as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const text = (v: ExcelJS.CellValue): string => {
    if (v === null || v === undefined) return '';
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v === 'object' && 'text' in v) return String(v.text);
    if (typeof v === 'object' && 'result' in v) return String(v.result ?? '');
    return String(v);
  };
  const head = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map((v) => text(v).trim());
  const out: RawRecord[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const vals = (row.values as ExcelJS.CellValue[]).slice(1);
    out.push(Object.fromEntries(head.map((h, i) => [h, text(vals[i] ?? null).trim()])));
  });
  return out;
}

const grants = (text: string) => [...new Set(text.match(GRANT_NUMBER) ?? [])];
const fyOf = (year: string, month = 4) => (month >= 4 ? Number(year) : Number(year) - 1);

/** A paper from a bibliographic record; grant numbers come from its funding acknowledgements. */
function paper(f: {
  title: string;
  journal: string;
  year: string;
  month?: number;
  doi?: string;
  pmid?: string;
  funding: string;
}): RawRecord {
  return {
    kind: 'paper',
    grantNumbers: grants(f.funding).join(' '),
    fiscalYear: f.year ? String(fyOf(f.year, f.month ?? 4)) : '',
    titleJa: f.title,
    titleEn: f.title,
    journal: f.journal,
    doi: f.doi ?? '',
    pmid: f.pmid ?? '',
  };
}

const tag = (xml: string, name: string) =>
  xml
    .match(new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`))?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim() ?? '';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const month = (m: string) => (/^\d+$/.test(m) ? Number(m) : MONTHS.indexOf(m.slice(0, 3).toLowerCase()) + 1 || 4);

/** PubMed/MEDLINE XML (PubmedArticleSet): grant numbers from GrantList and the acknowledgements. */
export function parsePubmedXml(xml: string): RawRecord[] {
  return [...xml.matchAll(/<PubmedArticle>([\s\S]*?)<\/PubmedArticle>/g)].map(([, a = '']) => {
    const pubDate = a.match(/<PubDate>([\s\S]*?)<\/PubDate>/)?.[1] ?? '';
    const doi = a.match(/<ArticleId IdType="doi">([^<]+)<\/ArticleId>/)?.[1] ?? a.match(/<ELocationID EIdType="doi"[^>]*>([^<]+)</)?.[1];
    return paper({
      title: tag(a, 'ArticleTitle'),
      journal: tag(a, 'Title'),
      year: tag(pubDate, 'Year'),
      month: month(tag(pubDate, 'Month')),
      doi,
      pmid: tag(a, 'PMID'),
      funding: `${tag(a, 'GrantList')} ${[...a.matchAll(/<GrantID>([^<]+)<\/GrantID>/g)].map((m) => m[1]).join(' ')}`,
    });
  });
}

/** Crossref REST JSON (a work, or message.items): grant numbers from funder[].award. */
export function parseCrossrefJson(text: string): RawRecord[] {
  const doc = JSON.parse(text) as { message?: { items?: unknown[] } & Record<string, unknown> };
  const items = (doc.message?.items ?? (doc.message ? [doc.message] : [doc])) as Record<string, unknown>[];
  return items.map((w) => {
    const parts = (w.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0] ?? [];
    const funders = (w.funder as { award?: string[]; name?: string }[] | undefined) ?? [];
    return paper({
      title: ((w.title as string[] | undefined) ?? [''])[0] ?? '',
      journal: ((w['container-title'] as string[] | undefined) ?? [''])[0] ?? '',
      year: parts[0] ? String(parts[0]) : '',
      month: parts[1] ?? 4,
      doi: (w.DOI as string | undefined) ?? '',
      funding: funders.flatMap((f) => f.award ?? []).join(' '),
    });
  });
}

/** RIS: one record per TY…ER; grant numbers from any field (funding notes N1, FN, AB). */
export function parseRis(text: string): RawRecord[] {
  return text
    .split(/^ER\s+-.*$/m)
    .filter((r) => /^TY\s+-/m.test(r))
    .map((r) => {
      const f = (t: string) => [...r.matchAll(new RegExp(`^${t}\\s+-\\s?(.*)$`, 'gm'))].map((m) => m[1]!.trim());
      const date = (f('PY')[0] ?? f('Y1')[0] ?? f('DA')[0] ?? '').split('/');
      return paper({
        title: f('TI')[0] ?? f('T1')[0] ?? '',
        journal: f('JO')[0] ?? f('T2')[0] ?? f('JF')[0] ?? '',
        year: date[0] ?? '',
        month: date[1] ? Number(date[1]) : 4,
        doi: f('DO')[0],
        pmid: f('AN')[0]?.replace(/\D/g, ''),
        funding: r,
      });
    });
}
