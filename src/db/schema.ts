// Every table of every module, for Drizzle's typed queries and for drizzle-kit.
export * from '../modules/analytics/analytics.tables.ts';
export * from '../modules/applications/applications.tables.ts';
export * from '../modules/audit/audit.tables.ts';
export * from '../modules/calls/calls.tables.ts';
export * from '../modules/catalog/catalog.tables.ts';
export * from '../modules/categories/categories.tables.ts';
export * from '../modules/funds/funds.tables.ts';
export * from '../modules/gates/gates.tables.ts';
export * from '../modules/handoff/handoff.tables.ts';
export * from '../modules/jobs/jobs.tables.ts';
export * from '../modules/mail/mail.tables.ts';
export * from '../modules/outcomes/outcomes.tables.ts';
export * from '../modules/people/people.tables.ts';
export * from '../modules/portal/portal.tables.ts';
export * from '../modules/projects/projects.tables.ts';
export * from '../modules/review/review.tables.ts';
export * from '../modules/shortlists/shortlists.tables.ts';
