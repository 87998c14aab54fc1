import type { TestApp } from '../../../test/helpers/app.ts';
import { createCategoriesService } from '../categories/categories.service.ts';
import { createOutcomesService } from '../outcomes/outcomes.service.ts';
import { createProjectsService } from '../projects/projects.service.ts';
import { createAnalyticsService } from './analytics.service.ts';

/** The services behind the app, to run a job's work directly (the test queue runs no handlers). */
export function services(t: TestApp) {
  const outcomes = createOutcomesService({ db: t.database.db });
  const categories = createCategoriesService({ db: t.database.db, projects: createProjectsService({ db: t.database.db }) });
  const analytics = createAnalyticsService({ db: t.database.db, outcomes });
  analytics.addSource('categoryTotals', (fy) => categories.totals(fy));
  return { outcomes, categories, analytics };
}
