import type { HomeRegistry } from '../home/home.registry.ts';
import type { HomeItem } from '../home/home.schemas.ts';
import { actorScopes, scopeLink } from '../home/home.scopes.ts';
import type { ProjectsService } from './projects.service.ts';

/** The last day of a fiscal year (31 March of the next calendar year). */
const fiscalYearEnd = (fy: number) => `${fy + 1}-03-31`;

/**
 * The projects module's items on people's homes: in each scope a person follows, the active
 * projects whose last fiscal year is the current one (their final reports and evaluations
 * come next); for a researcher, the projects they work on this year.
 */
export function registerProjectsHomeItems(registry: HomeRegistry, projects: ProjectsService): void {
  registry.register('projects', async (actor) => {
    const fiscalYear = await projects.currentFundedFiscalYear();
    const items: HomeItem[] = [];
    for (const s of actorScopes(actor)) {
      const summary = await projects.scopeSummary(s.filter, fiscalYear, actor);
      if (s.kind === 'self') {
        items.push({
          kind: 'projects.own',
          titleJa: '今年度実施中の参加課題',
          titleEn: 'Your projects running this fiscal year',
          count: summary.projectCount,
          link: scopeLink(s, fiscalYear),
          severity: 'info',
          dueDate: null,
        });
      } else if (summary.endingCount > 0) {
        items.push({
          kind: 'projects.ending',
          titleJa: '今年度で終了する課題（事後評価の準備）',
          titleEn: 'Projects ending this fiscal year (prepare the final evaluation)',
          count: summary.endingCount,
          link: scopeLink(s, fiscalYear),
          severity: 'warning',
          dueDate: fiscalYearEnd(fiscalYear),
        });
      }
    }
    return items;
  });
}
