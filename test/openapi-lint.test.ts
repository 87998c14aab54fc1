import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';

// The generated OpenAPI document passes Redocly's standard ruleset ("recommended"), so API
// clients and gateways can consume it; new routes are linted as soon as they are registered.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('the OpenAPI document', () => {
  it('passes the Redocly recommended ruleset with no error', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).body;
    const config = await createConfig({
      extends: ['recommended'],
      // Operation ids are added route by route (HELPERS.md); the servers list depends on the deployment.
      rules: { 'operation-operationId': 'warn', 'no-server-example.com': 'off', 'no-empty-servers': 'off', 'info-license': 'off' },
    });
    const problems = await lintFromString({ source: doc, absoluteRef: 'openapi.json', config });
    const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    const warnings = problems.filter((p) => p.severity === 'warn');
    console.log(
      `OpenAPI lint: ${errors.length} errors, ${warnings.length} warnings (${[...new Set(warnings.map((w) => w.ruleId))].join(', ')})`,
    );
    expect(errors).toEqual([]);
  });
});
