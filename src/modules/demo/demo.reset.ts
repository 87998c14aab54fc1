import type { Database } from '../../db/client.ts';

/** Tables that hold agency data (not the reference catalog, not jobs), children first. */
const DATA_TABLES = [
  // calls and applications (their child tables follow by CASCADE)
  'applications',
  'calls',
  'outcomes',
  'project_links',
  'project_budgets',
  'project_disease_areas',
  'project_members',
  'projects',
  'sessions',
  'login_attempts',
  'user_roles',
  'researchers',
  'users',
  'institutions',
  'audit_log',
];

/** Empties the agency's data so the demo can be loaded again (`seedline demo --reset`, or after an interrupted load). */
export async function clearAgencyData(database: Database): Promise<void> {
  await database.exec(`TRUNCATE ${DATA_TABLES.join(', ')} RESTART IDENTITY CASCADE`);
}
