#!/usr/bin/env node
// The `seedline` command. Runs the TypeScript sources through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
