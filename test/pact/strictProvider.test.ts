/**
 * Provider verification of the canonical contracts against the emulator under strict resources, where a task
 * starts only on a pipeline or a live call that exists: each provider state must make everything its
 * interactions stand on, set up over HTTP through /_chime/provider-states as `pact verify` does against serve.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalContracts } from '../../src/cli/commands/canonicalContracts.js';
import { pactFailureSummary } from '../../src/cli/commands/pactFailureSummary.js';
import { startServer, type RunningServer } from '../../src/emulator/http/startServer.js';
import { verifyContracts } from '../../src/pact/verifyContracts.js';

process.env['PACT_DO_NOT_TRACK'] = 'true';

/** API requests only: the control plane's state setups and teardowns are not interactions. */
let answered = 0;
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({
    strictResources: true,
    interpose: (handle) => (request) => {
      if (!request.target.startsWith('/_chime/')) answered += 1;
      return handle(request);
    },
  });
});
afterAll(async () => server.close());

const interactionsIn = (file: string): number => (JSON.parse(readFileSync(file, 'utf8')) as { interactions: unknown[] }).interactions.length;

describe('pact verify against the emulator with strict resources', () => {
  it('passes every canonical interaction, its states creating the pipelines, Voice Connectors and calls', { timeout: 120_000 }, async () => {
    const result = await verifyContracts({ providerBaseUrl: server.url, pactFiles: canonicalContracts, providerStatesSetupUrl: `${server.url}/_chime/provider-states` });
    const failures = result.ok ? [] : pactFailureSummary(result.message, false);
    const interactions = canonicalContracts.map(interactionsIn).reduce((a, b) => a + b, 0);
    expect({ interactions, answered, failures }).toEqual({ interactions: 67, answered: 67, failures: [] });
  });
});
