// Checks every installed package's `engines.node` against the Node.js that runs this script
// (the bundled Node 24 when started through npm). npm's own check uses the system Node that
// runs npm, which is not the Node Seedline runs on (see docs/adr/011-runtime.md).
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';

const root = path.resolve(import.meta.dirname, '..');
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
const bad = [];
let checked = 0;
for (const where of Object.keys(lock.packages)) {
  // Optional platform packages that do not fit this machine are not installed: skip what is absent.
  const file = path.join(root, where, 'package.json');
  if (!fs.existsSync(file)) continue;
  const range = JSON.parse(fs.readFileSync(file, 'utf8')).engines?.node;
  if (typeof range !== 'string') continue;
  checked++;
  if (!semver.satisfies(process.version, range, { includePrerelease: true })) bad.push(`${where.replace(/^.*node_modules\//, '')}: needs node ${range}`);
}
if (bad.length) {
  console.error(`engines: ${bad.length} of ${checked} packages do not support Node ${process.version}:\n  ${bad.join('\n  ')}`);
  process.exit(1);
}
console.log(`engines: all ${checked} packages with an engines field support Node ${process.version}`);
