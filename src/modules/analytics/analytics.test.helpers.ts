import type { TestApp } from '../../../test/helpers/app.ts';
import { createOutcomesService } from '../outcomes/outcomes.service.ts';
import { createAnalyticsService } from './analytics.service.ts';

/** The services behind the app, to run a job's work directly (the test queue runs no handlers). */
export function services(t: TestApp) {
  const outcomes = createOutcomesService({ db: t.database.db });
  return { outcomes, analytics: createAnalyticsService({ db: t.database.db, outcomes }) };
}
