import ExcelJS from 'exceljs';
import type { Locale } from '../../lib/locale.ts';
import type { DiseaseAreaView, Funnel, IntegratedProjectView, Matrix } from './portfolio.schemas.ts';

type Lang = Locale;
const L = (lang: Lang, ja: string, en: string) => (lang === 'ja' ? ja : en);
const name = (lang: Lang, r: { nameJa: string; nameEn: string }) => (lang === 'ja' ? r.nameJa : r.nameEn);
const YEN = '#,##0';

function header(ws: ExcelJS.Worksheet, cells: string[]) {
  const row = ws.addRow(cells);
  row.font = { bold: true };
  return row;
}

function stageSheet(wb: ExcelJS.Workbook, title: string, lang: Lang, f: Funnel) {
  const ws = wb.addWorksheet(title);
  header(ws, [L(lang, '開発段階', 'Stage'), L(lang, '課題数', 'Projects'), L(lang, '金額（円）', 'Amount (yen)')]);
  for (const s of f.stages) ws.addRow([L(lang, s.labelJa, s.labelEn), s.projects, s.yen]);
  ws.addRow([L(lang, '合計', 'Total'), f.total.projects, f.total.yen]).font = { bold: true };
  ws.getColumn(1).width = 40;
  ws.getColumn(3).numFmt = YEN;
  ws.getColumn(3).width = 20;
}

function rowsSheet(wb: ExcelJS.Workbook, title: string, lang: Lang, first: string, rows: DiseaseAreaView['byIntegratedProject']) {
  const ws = wb.addWorksheet(title);
  const stages = rows[0]?.stages ?? [];
  header(ws, [
    first,
    ...stages.flatMap((s) => [
      `${L(lang, s.labelJa, s.labelEn)} ${L(lang, '課題数', 'projects')}`,
      `${L(lang, s.labelJa, s.labelEn)} ${L(lang, '円', 'yen')}`,
    ]),
    L(lang, '課題数計', 'Projects total'),
    L(lang, '金額計（円）', 'Amount total (yen)'),
  ]);
  for (const r of rows) {
    const row = ws.addRow([name(lang, r), ...r.stages.flatMap((s) => [s.projects, s.yen]), r.total.projects, r.total.yen]);
    row.eachCell((c, i) => {
      if (i > 1 && (i - 1) % 2 === 0) c.numFmt = YEN;
    });
  }
  ws.getColumn(1).width = 40;
}

function matrixSheet(wb: ExcelJS.Workbook, lang: Lang, m: Matrix) {
  const ws = wb.addWorksheet(L(lang, 'マトリクス', 'Matrix'));
  header(ws, [
    L(lang, '統合プロジェクト', 'Integrated project'),
    L(lang, '疾患領域', 'Disease area'),
    L(lang, '開発段階', 'Stage'),
    L(lang, '課題数', 'Projects'),
    L(lang, '金額（円）', 'Amount (yen)'),
  ]);
  const ips = new Map(m.integratedProjects.map((x) => [x.id, x]));
  const areas = new Map(m.diseaseAreas.map((x) => [x.id, x]));
  const stages = new Map(m.stages.map((s) => [s.stage, s]));
  const order = (c: Matrix['cells'][number]) => [
    c.integratedProjectId,
    c.diseaseAreaId ?? 1e9,
    m.stages.findIndex((s) => s.stage === c.stage),
  ];
  const cells = [...m.cells].sort((a, b) => {
    const x = order(a);
    const y = order(b);
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  });
  for (const c of cells) {
    const ip = ips.get(c.integratedProjectId);
    const area = areas.get(c.diseaseAreaId);
    const st = stages.get(c.stage)!;
    ws.addRow([
      ip ? name(lang, ip) : String(c.integratedProjectId),
      area ? name(lang, area) : '',
      L(lang, st.labelJa, st.labelEn),
      c.projects,
      c.yen,
    ]);
  }
  ws.getColumn(5).numFmt = YEN;
  for (const i of [1, 2, 3]) ws.getColumn(i).width = 32;
}

export type ExportInput =
  | { view: 'funnel'; data: Funnel }
  | { view: 'matrix'; data: Matrix }
  | { view: 'disease-area'; data: DiseaseAreaView }
  | { view: 'integrated-project'; data: IntegratedProjectView };

/** One workbook per view; every number is a number cell (yen with a thousands format). */
export async function portfolioWorkbook(input: ExportInput, lang: Lang): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Seedline';
  const funnelTitle = L(lang, 'パイプライン', 'Pipeline');
  if (input.view === 'funnel') stageSheet(wb, funnelTitle, lang, input.data);
  if (input.view === 'matrix') matrixSheet(wb, lang, input.data);
  if (input.view === 'disease-area') {
    stageSheet(wb, funnelTitle, lang, input.data.funnel);
    rowsSheet(
      wb,
      L(lang, '統合プロジェクト別', 'By integrated project'),
      lang,
      L(lang, '統合プロジェクト', 'Integrated project'),
      input.data.byIntegratedProject,
    );
  }
  if (input.view === 'integrated-project') {
    stageSheet(wb, funnelTitle, lang, input.data.funnel);
    rowsSheet(wb, L(lang, '事業別', 'By program'), lang, L(lang, '事業', 'Program'), input.data.byProgram);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
