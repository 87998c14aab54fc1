import { withDatabase } from './context.ts';

export async function migrateCommand() {
  await withDatabase(async (database) => {
    console.log(`Migrations applied (${database.kind}).`);
  });
}
