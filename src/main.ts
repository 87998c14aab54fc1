import { loadConfig } from './config.ts';
import { DomainError } from './errors.ts';
import { startServer } from './server.ts';

// Process entry: read the environment, start, and shut down cleanly on SIGINT/SIGTERM.
const config = loadConfig();
const server = await startServer(config).catch((e: unknown) => {
  // A refusal we can explain (the data directory is in use, ...) in both languages, without a stack.
  if (e instanceof DomainError) console.error(`error: ${e.detail.ja}\nerror: ${e.detail.en}`);
  else console.error(e);
  process.exit(1);
});
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await server.stop().catch((e) => console.error(e));
    process.exit(0);
  });
}
