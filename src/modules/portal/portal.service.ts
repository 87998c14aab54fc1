import type { Actor } from '../auth/actor.ts';
import type { PublicFilters, PublicProjects, PublicSort } from '../projects/projects.public.ts';
import type { ProjectListQuery } from '../projects/projects.schemas.ts';
import type { ProjectsService } from '../projects/projects.service.ts';
import { stageLabel } from '../projects/stages.ts';
import { type Column, type ExportFormat, exportStream } from './portal.export.ts';

type Named = { nameJa: string; nameEn: string };
type ExportRow = {
  grantNumber: string;
  titleJa: string;
  titleEn: string;
  pi: Named;
  institution: Named;
  program: Named;
  integratedProject: Named | null;
  startFiscalYear: number;
  endFiscalYear: number;
  stage: string;
  status: string;
  budgetYen?: number;
};

const STATUS = {
  active: { ja: '実施中', en: 'Active' },
  completed: { ja: '終了', en: 'Completed' },
  terminated: { ja: '中止', en: 'Terminated' },
};

/** The columns of an export, headed in the caller's language; both languages' names are kept. */
function columns(locale: 'ja' | 'en', withBudget: boolean): Column<ExportRow>[] {
  const h = (ja: string, en: string) => (locale === 'ja' ? ja : en);
  const cols: Column<ExportRow>[] = [
    { header: h('課題管理番号', 'Grant number'), value: (r) => r.grantNumber },
    { header: h('課題名', 'Title (Japanese)'), value: (r) => r.titleJa },
    { header: h('課題名（英語）', 'Title'), value: (r) => r.titleEn },
    { header: h('研究開発代表者', 'Principal investigator'), value: (r) => (locale === 'ja' ? r.pi.nameJa : r.pi.nameEn) },
    { header: h('研究機関', 'Institution'), value: (r) => (locale === 'ja' ? r.institution.nameJa : r.institution.nameEn) },
    { header: h('事業', 'Program'), value: (r) => (locale === 'ja' ? r.program.nameJa : r.program.nameEn) },
    {
      header: h('統合プロジェクト', 'Integrated project'),
      value: (r) => (r.integratedProject ? (locale === 'ja' ? r.integratedProject.nameJa : r.integratedProject.nameEn) : ''),
    },
    { header: h('開始年度', 'Start fiscal year'), value: (r) => r.startFiscalYear },
    { header: h('終了年度', 'End fiscal year'), value: (r) => r.endFiscalYear },
    { header: h('開発段階', 'Stage'), value: (r) => stageLabel(r.stage)[locale] },
    { header: h('状況', 'Status'), value: (r) => STATUS[r.status as keyof typeof STATUS]?.[locale] ?? r.status },
  ];
  if (withBudget) cols.push({ header: h('配分額（円）', 'Budget (yen)'), value: (r) => r.budgetYen ?? 0 });
  return cols;
}

export function createPortalService(deps: { publicProjects: PublicProjects; projects: ProjectsService }) {
  const { publicProjects, projects } = deps;
  return {
    async search(f: PublicFilters, opts: { sort?: PublicSort; cursor?: string; limit: number; facets: boolean }) {
      const [page, total, facets] = await Promise.all([
        publicProjects.search(f, opts),
        publicProjects.total(f),
        opts.facets ? publicProjects.facets(f) : Promise.resolve({}),
      ]);
      return { total, sort: page.sort, items: page.items, facets, nextCursor: page.nextCursor };
    },
    get: (id: number) => publicProjects.get(id),
    similar: async (id: number) => ({ items: await publicProjects.similar(id) }),

    /** Every published project matching the filters, streamed. */
    exportPublic(f: PublicFilters, format: ExportFormat, locale: 'ja' | 'en', sort?: PublicSort) {
      return exportStream<ExportRow>(format, publicProjects.each(f, sort), columns(locale, false), (r) => {
        const { highlights: _hl, snippetJa: _sj, snippetEn: _se, ...rest } = r as ExportRow & Record<string, unknown>;
        return rest;
      });
    },

    /** The staff list as filtered (what the caller may see), streamed; with budgets. */
    exportStaff(query: Omit<ProjectListQuery, 'page' | 'pageSize'>, actor: Actor, format: ExportFormat) {
      async function* pages() {
        for (let page = 1; ; page++) {
          const res = await projects.list({ ...query, page, pageSize: 200 }, actor);
          yield res.items;
          if (page * 200 >= res.total || res.items.length === 0) return;
        }
      }
      return exportStream<ExportRow>(format, pages(), columns(actor.locale, true), (r) => {
        const { highlights: _hl, ...rest } = r as ExportRow & Record<string, unknown>;
        return rest;
      });
    },
  };
}
export type PortalService = ReturnType<typeof createPortalService>;
