import { Command, InvalidArgumentError } from 'commander';
import { VERSION } from '../app.ts';
import { loadConfig } from '../config.ts';
import { DomainError } from '../errors.ts';
import { auditVerifyCommand } from './audit.command.ts';
import { demoCommand } from './demo.command.ts';
import { migrateCommand } from './migrate.command.ts';
import { reviewAffinityCommand } from './review.command.ts';
import { usersCreateCommand, usersListCommand } from './users.command.ts';

const positive = (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a positive number');
  return n;
};

const program = new Command()
  .name('seedline')
  .description(
    'Seedline: research funding and R&D steering for a medical research agency.\nDatabase: DATABASE_URL (PostgreSQL) or the embedded database in SEEDLINE_DATA_DIR (default ./data).',
  )
  .version(VERSION);

program
  .command('start')
  .description('start the web server (PORT, default 3000); loads the demo agency into an empty database')
  .action(async () => {
    const { startServer } = await import('../server.ts');
    const server = await startServer(loadConfig());
    for (const s of ['SIGINT', 'SIGTERM'] as const) process.on(s, () => void server.stop().then(() => process.exit(0)));
  });

program.command('migrate').description('apply database migrations and the reference catalog').action(migrateCommand);

program
  .command('demo')
  .description('load the deterministic demo agency into the database')
  .option('--scale <n>', 'multiply the volume (projects, researchers, outcomes) for load tests', positive, 1)
  .option('--reset', 'delete all existing data first')
  .action(demoCommand);

const users = program.command('users').description('manage user accounts');
users
  .command('create')
  .description('create a user; the password is read from standard input')
  .requiredOption('--email <email>', 'sign-in email address')
  .requiredOption('--role <role>', 'admin | executive | pd | ps | po | dc | staff | reviewer | researcher')
  .option(
    '--scope <ref>',
    'id or code of the integrated project (pd), program (ps, po) or disease area (dc); researcher number (researcher)',
  )
  .option('--name <name>', 'display name (defaults to the email)')
  .option('--locale <locale>', 'ja | en', 'ja')
  .action(usersCreateCommand);
users.command('list').description('list users and their roles').action(usersListCommand);

const audit = program.command('audit').description('the audit trail');
audit.command('verify').description('check the hash chain: finds altered, reordered or missing records').action(auditVerifyCommand);
// review module
program
  .command('review')
  .description('peer review tools')
  .command('affinity')
  .description("score proposals against reviewers' past work (OpenReview expertise layout) into submission,reviewer,score CSV")
  .requiredOption('--submissions <file>', 'JSON object keyed by id, or JSON lines, of {id, content: {title, abstract}}')
  .requiredOption('--archives <dir>', 'directory of <reviewer-id>.jsonl, one publication a line')
  .requiredOption('--out <file>', 'output CSV')
  .action(reviewAffinityCommand);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof DomainError) {
    console.error(`error: ${e.detail.en} / ${e.detail.ja}`);
    const errs = (e.extra.errors as { path: string; message: string | { en: string } }[] | undefined) ?? [];
    for (const x of errs) console.error(`  ${x.path}: ${typeof x.message === 'string' ? x.message : x.message.en}`);
  } else {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  }
  process.exit(1);
}
