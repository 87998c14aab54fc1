// Every table of every module, for Drizzle's typed queries and for drizzle-kit.
export * from '../modules/audit/audit.tables.ts';
export * from '../modules/catalog/catalog.tables.ts';
export * from '../modules/jobs/jobs.tables.ts';
export * from '../modules/mail/mail.tables.ts';
export * from '../modules/outcomes/outcomes.tables.ts';
export * from '../modules/people/people.tables.ts';
export * from '../modules/portal/portal.tables.ts';
export * from '../modules/projects/projects.tables.ts';
