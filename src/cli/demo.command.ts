import { loadConfig } from '../config.ts';
import { DEMO_ACCOUNTS, isDemoLoaded, loadDemoAgency } from '../modules/demo/demo.loader.ts';
import { clearAgencyData } from '../modules/demo/demo.reset.ts';
import { withDatabase } from './context.ts';

export async function demoCommand(opts: { scale: number; reset?: boolean }) {
  const config = loadConfig();
  await withDatabase(async (database) => {
    if (opts.reset) await clearAgencyData(database);
    else if (await isDemoLoaded(database.db)) {
      throw new Error(
        'the database already holds projects; use --reset to replace them, or point SEEDLINE_DATA_DIR / DATABASE_URL at an empty database',
      );
    }
    let last = -1;
    const summary = await loadDemoAgency(database.db, {
      scale: opts.scale,
      password: config.demo.password,
      onProgress: (p) => {
        const pct = Math.floor(p.fraction * 100);
        if (pct !== last) {
          last = pct;
          process.stderr.write(`\r${String(pct).padStart(3)}% ${p.en.padEnd(60)}`);
        }
      },
    });
    process.stderr.write('\n');
    console.log(
      `Loaded ${summary.projects} projects, ${summary.researchers} researchers, ${summary.institutions} institutions, ${summary.outcomes} outcomes in ${summary.seconds.toFixed(1)} s (${database.kind}).`,
    );
    console.log(`Demo accounts (password: ${config.demo.password}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(30)} ${a.descriptionEn}`);
  });
}
