import { loadConfig } from './config.ts';
import { startServer } from './server.ts';

// Process entry: read the environment, start, and shut down cleanly on SIGINT/SIGTERM.
const config = loadConfig();
const server = await startServer(config);
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await server.stop().catch((e) => console.error(e));
    process.exit(0);
  });
}
