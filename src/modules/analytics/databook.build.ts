import { AWARD_BOUNDS, awardBinLabel, COUNT_MONEY, col, type Databook, type DatabookTable, NAME, type Row } from './databook.model.ts';
import type { DatabookRepository } from './databook.repository.ts';

/**
 * Extension point: other modules add tables without the Data Book knowing their tables.
 * `calls` (公募の採択率) is provided by the calls module when it exists; until then the table is empty.
 */
export type DatabookSources = {
  callSuccessRates?: (fiscalYear: number) => Promise<{ nameJa: string; nameEn: string; applications: number; awards: number }[]>;
  categoryTotals?: (fiscalYear: number) => Promise<{ code: string; nameJa: string; nameEn: string; projects: number; yen: number }[]>;
};

/** Builds every table of the Data Book for `fy` from live data. */
export async function buildDatabook(repo: DatabookRepository, fy: number, periodId: number, sources: DatabookSources): Promise<Databook> {
  const first = Math.max((await repo.firstYearWithMoney()) ?? fy, fy - 10);
  const [years, bins, ips, areas, ministries, departments, money, calls, categories] = await Promise.all([
    repo.projectsByYear(first, fy),
    repo.awardDistribution(fy, AWARD_BOUNDS),
    repo.byIntegratedProject(fy, periodId),
    repo.byDiseaseArea(fy),
    repo.byMinistry(fy),
    repo.byDepartment(fy),
    repo.budgetBySource(first, fy),
    sources.callSuccessRates?.(fy) ?? Promise.resolve([]),
    sources.categoryTotals?.(fy) ?? Promise.resolve([]),
  ]);
  const fyCol = col('fiscalYear', '年度', 'Fiscal year', 'text');
  const tables: DatabookTable[] = [
    {
      key: 'projects_by_year',
      titleJa: '課題数と研究開発費の推移（新規・継続）',
      titleEn: 'Projects and R&D funding by fiscal year (new and continuing)',
      chart: 'stacked',
      columns: [
        fyCol,
        col('projects', '課題数', 'Projects', 'count'),
        col('newProjects', '新規課題数', 'New projects', 'count'),
        col('continuingProjects', '継続課題数', 'Continuing projects', 'count'),
        col('newYen', '新規課題の研究開発費', 'Funding of new projects', 'yen'),
        col('continuingYen', '継続課題の研究開発費', 'Funding of continuing projects', 'yen'),
        col('totalYen', '研究開発費 合計', 'Total funding', 'yen'),
      ],
      rows: years.map((r) => ({ ...r, fiscalYear: String(r.fiscalYear) })),
    },
    {
      key: 'award_distribution',
      titleJa: `${fy}年度 課題と研究開発費の分布（1課題あたりの研究開発費）`,
      titleEn: `FY${fy} projects by size of award`,
      chart: 'bar',
      columns: [...NAME, ...COUNT_MONEY],
      rows: Array.from({ length: AWARD_BOUNDS.length + 1 }, (_, i) => {
        const hit = bins.find((b) => b.bin === i + 1);
        const label = awardBinLabel(i + 1);
        return { nameJa: label.ja, nameEn: label.en, projects: Number(hit?.projects ?? 0), yen: Number(hit?.yen ?? 0) };
      }),
    },
    {
      key: 'by_integrated_project',
      titleJa: `${fy}年度 統合プロジェクト別 課題数・研究開発費`,
      titleEn: `FY${fy} projects and funding by integrated project`,
      chart: 'bar',
      columns: [
        ...NAME,
        col('projects', '課題数', 'Projects', 'count'),
        col('newProjects', 'うち新規', 'of which new', 'count'),
        COUNT_MONEY[1]!,
      ],
      rows: ips.map(({ code: _c, ordinal: _o, ...r }) => r),
    },
    {
      key: 'by_disease_area',
      titleJa: `${fy}年度 疾患領域別 課題数・研究開発費`,
      titleEn: `FY${fy} projects and funding by disease area`,
      chart: 'bar',
      columns: [...NAME, ...COUNT_MONEY],
      rows: areas.map(({ ordinal: _o, ...r }) => r),
      noteJa: '1課題が複数の疾患領域に該当する場合はそれぞれに計上',
      noteEn: 'A project in two disease areas counts in both',
    },
    {
      key: 'by_category',
      titleJa: `${fy}年度 疾患分類別 課題数・研究開発費`,
      titleEn: `FY${fy} projects and funding by disease category`,
      chart: 'bar',
      columns: [...NAME, ...COUNT_MONEY],
      rows: categories.map(({ code: _c, ...r }) => r),
      noteJa: '用語定義による自動分類（キュレーターの修正を反映）',
      noteEn: 'Assigned by term definitions, with curator overrides',
    },
    {
      key: 'by_ministry',
      titleJa: `${fy}年度 所管府省別 課題数・研究開発費`,
      titleEn: `FY${fy} projects and funding by ministry`,
      chart: 'pie',
      columns: [...NAME, ...COUNT_MONEY],
      rows: ministries.map(({ code: _c, ...r }) => r),
    },
    {
      key: 'by_department',
      titleJa: `${fy}年度 事業部別 課題数・研究開発費`,
      titleEn: `FY${fy} projects and funding by department`,
      chart: 'bar',
      columns: [...NAME, ...COUNT_MONEY],
      rows: departments.map(({ code: _c, ...r }) => r),
    },
    {
      key: 'budget_by_source',
      titleJa: '財源別 予算額の推移（当初・補正・調整費・運営費交付金）',
      titleEn: 'Budget by funding source (initial, supplementary, adjustment fund, operating grant)',
      chart: 'stacked',
      columns: [
        fyCol,
        col('initial', '事業費補助金【当初】', 'Subsidy (initial)', 'yen'),
        col('supplementary', '事業費補助金【補正】', 'Subsidy (supplementary)', 'yen'),
        col('adjustment', '調整費', 'Adjustment fund', 'yen'),
        col('operatingGrant', '運営費交付金', 'Operating grant', 'yen'),
        col('total', '合計', 'Total', 'yen'),
      ],
      rows: money.map((r) => ({ ...r, fiscalYear: String(r.fiscalYear) })),
    },
    {
      key: 'call_success_rates',
      titleJa: `${fy}年度 公募の採択率`,
      titleEn: `FY${fy} success rates of calls`,
      chart: 'bar',
      columns: [
        ...NAME,
        col('applications', '応募件数', 'Applications', 'count'),
        col('awards', '採択件数', 'Awards', 'count'),
        col('rate', '採択率', 'Success rate', 'percent'),
      ],
      rows: calls.map((c): Row => ({ ...c, rate: c.applications ? Math.round((c.awards / c.applications) * 1000) / 10 : 0 })),
      noteJa: calls.length ? undefined : '公募のデータがありません',
      noteEn: calls.length ? undefined : 'No calls recorded',
    },
  ];
  return { fiscalYear: fy, periodId, builtAt: new Date().toISOString(), tables };
}
