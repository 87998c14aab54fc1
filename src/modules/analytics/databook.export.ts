import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import type { Locale } from '../../lib/locale.ts';
import type { Column, Databook, DatabookTable, Row } from './databook.model.ts';

/** ECharts' type declarations do not resolve under NodeNext; the little we use, typed here. */
type EChartsCoreOption = Record<string, unknown>;
type SsrChart = { setOption(o: EChartsCoreOption): void; renderToSVGString(): string; dispose(): void };
const { init } = createRequire(import.meta.url)('echarts') as {
  init(dom: null, theme: null, opts: { renderer: 'svg'; ssr: true; width: number; height: number }): SsrChart;
};

/** Sheet names (≤ 31 characters, as Excel requires). */
const SHEETS: Record<string, { ja: string; en: string }> = {
  projects_by_year: { ja: '課題数・研究開発費の推移', en: 'Projects by year' },
  award_distribution: { ja: '研究開発費の分布', en: 'Award sizes' },
  by_integrated_project: { ja: '統合プロジェクト別', en: 'By integrated project' },
  by_disease_area: { ja: '疾患領域別', en: 'By disease area' },
  by_category: { ja: '疾患分類別', en: 'By disease category' },
  by_ministry: { ja: '所管府省別', en: 'By ministry' },
  by_department: { ja: '事業部別', en: 'By department' },
  budget_by_source: { ja: '財源別予算額の推移', en: 'Budget by source' },
  call_success_rates: { ja: '公募の採択率', en: 'Call success rates' },
};
export type MoneyUnit = 'oku' | 'sen';
const UNIT = {
  oku: { div: 100_000_000, ja: '億円', en: '¥100M (oku)', fmt: '#,##0.0' },
  sen: { div: 1000, ja: '千円', en: '¥1,000', fmt: '#,##0' },
};

const shown = (t: DatabookTable, locale: Locale) => t.columns.filter((c) => c.key !== (locale === 'ja' ? 'nameEn' : 'nameJa'));
const header = (c: Column, locale: Locale, unit: MoneyUnit) =>
  `${locale === 'ja' ? c.ja : c.en}${c.kind === 'yen' ? (locale === 'ja' ? `（${UNIT[unit].ja}）` : ` (${UNIT[unit].en})`) : c.kind === 'percent' ? ' (%)' : ''}`;
const cell = (r: Row, c: Column, unit: MoneyUnit): string | number => {
  const v = r[c.key];
  if (c.kind === 'yen') return Math.round((Number(v) / UNIT[unit].div) * 10) / 10;
  return c.kind === 'text' ? String(v ?? '') : Number(v ?? 0);
};

/** One sheet per table; numbers are number cells (money in 億円 or 千円 with the agency's number format). */
export async function databookXlsx(book: Databook, locale: Locale, unit: MoneyUnit = 'oku'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Seedline';
  wb.created = new Date(book.builtAt);
  for (const t of book.tables) {
    const ws = wb.addWorksheet(SHEETS[t.key]?.[locale] ?? t.key.slice(0, 31));
    const cols = shown(t, locale);
    ws.addRow([locale === 'ja' ? t.titleJa : t.titleEn]).font = { bold: true, size: 12 };
    const note = locale === 'ja' ? t.noteJa : t.noteEn;
    ws.addRow([note ?? '']);
    const head = ws.addRow(cols.map((c) => header(c, locale, unit)));
    head.font = { bold: true };
    for (const r of t.rows) ws.addRow(cols.map((c) => cell(r, c, unit)));
    cols.forEach((c, i) => {
      const column = ws.getColumn(i + 1);
      column.width = c.kind === 'text' ? 36 : 18;
      if (c.kind === 'yen') column.numFmt = UNIT[unit].fmt;
      if (c.kind === 'count') column.numFmt = '#,##0';
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** One table as CSV (RFC 4180, UTF-8 with BOM so Excel reads Japanese). */
export function tableCsv(t: DatabookTable, locale: Locale, unit: MoneyUnit = 'oku'): string {
  const cols = shown(t, locale);
  const esc = (v: string | number) => (typeof v === 'number' ? String(v) : /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [
    cols.map((c) => esc(header(c, locale, unit))).join(','),
    ...t.rows.map((r) => cols.map((c) => esc(cell(r, c, unit))).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The ECharts option of a table's chart (the web app draws the same option). */
export function chartOption(t: DatabookTable, locale: Locale): EChartsCoreOption {
  const label = (r: Row) => String(r[locale === 'ja' ? 'nameJa' : 'nameEn'] ?? r.fiscalYear);
  const series = t.columns.filter((c) =>
    t.chart === 'stacked' ? c.kind === 'yen' && !/total/i.test(c.key) : c.key === 'yen' || c.key === 'projects',
  );
  const title = { text: locale === 'ja' ? t.titleJa : t.titleEn, textStyle: { fontSize: 14 } };
  if (t.chart === 'pie') {
    return {
      title,
      series: [
        {
          type: 'pie',
          radius: '60%',
          data: t.rows.map((r) => ({ name: label(r), value: cell(r, t.columns.find((c) => c.key === 'yen')!, 'oku') })),
        },
      ],
    };
  }
  return {
    title,
    legend: { top: 24 },
    grid: { top: 64, left: 64, right: 24, bottom: 80 },
    xAxis: { type: 'category', data: t.rows.map(label), axisLabel: { rotate: t.rows.length > 6 ? 30 : 0 } },
    yAxis: series
      .map((c) => ({ type: 'value', name: c.kind === 'yen' ? UNIT.oku[locale] : locale === 'ja' ? '件' : 'count' }))
      .slice(0, t.chart === 'stacked' ? 1 : 2),
    series: series.map((c, i) => ({
      type: 'bar',
      name: locale === 'ja' ? c.ja : c.en,
      stack: t.chart === 'stacked' ? 'total' : undefined,
      yAxisIndex: t.chart === 'stacked' ? 0 : i,
      data: t.rows.map((r) => cell(r, c, 'oku')),
    })),
  };
}

/** Server-side SVG of a table's chart (ECharts SSR: no canvas needed). */
export function chartSvg(t: DatabookTable, locale: Locale, width = 800, height = 480): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, ...chartOption(t, locale) });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
