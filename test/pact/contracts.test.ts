import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateContracts } from '../../generators/contracts/generateContracts.js';
import { startServer } from '../../src/emulator/http/startServer.js';
import { verifyContracts } from '../../src/pact/verifyContracts.js';
import { quickLifecycle } from '../../src/verify/reach/openTarget.js';
import { mutants } from '../mutants/mutants.js';
import { repoRoot } from '../support/paths.js';

const contracts = resolve(repoRoot, 'contracts');
const pactFiles = readdirSync(contracts).map((f) => join(contracts, f));

// Each mutant changes what the Voice SDK contract pins (statuses, timestamps, error headers, codes): verified
// against that one, it is caught at a bit over half the interactions (Pact's verifier spends some 60 ms of CPU on each).
const voicePact = pactFiles.filter((f) => f.endsWith('aws-sdk-js-v3-chime-sdk-voice.json'));

async function verifyAgainst(options: Parameters<typeof startServer>[0], files = pactFiles) {
  const server = await startServer({ lifecycle: quickLifecycle, ...options });
  try {
    return await verifyContracts({ providerBaseUrl: server.url, core: server.core, pactFiles: files });
  } finally {
    await server.close();
  }
}

describe('canonical contracts', () => {
  it('are what the generator writes today: the real SDK v3 against Pact mock servers, stable to the byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contracts-'));
    try {
      await generateContracts(dir);
      expect(readdirSync(dir).sort()).toEqual(readdirSync(contracts).sort());
      for (const f of readdirSync(dir)) expect(readFileSync(join(dir, f), 'utf8'), `${f} drifted: run npm run generate:contracts`).toBe(readFileSync(join(contracts, f), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('cover every operation with its success, and BadRequest, NotFound and Conflict where modelled', () => {
    const descriptions = pactFiles
      .filter((f) => f.includes('aws-sdk-js-v3-'))
      .flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { interactions: { description: string }[] }).interactions.map((i) => i.description));
    const operations = new Set(descriptions.map((d) => d.split(' ')[0]));
    expect(operations.size).toBe(22);
    for (const op of operations) {
      expect(descriptions, op).toContain(op);
      expect(descriptions, op).toContain(`${op} answering BadRequestException`);
    }
    expect(descriptions.filter((d) => d.endsWith('NotFoundException'))).toHaveLength(17);
    expect(descriptions.filter((d) => d.endsWith('ConflictException'))).toHaveLength(5);
  });

  it('verify against the embedded emulator', async () => {
    expect(await verifyAgainst({})).toEqual({ ok: true });
  });

  it.each(['ok-200-not-201', 'no-error-type-header', 'epoch-timestamps', 'voice-statuses-from-media-pipelines', 'unknown-task-is-400'])(
    'fail against the mutant that changes a contracted behaviour: %s',
    async (name) => {
      const mutant = mutants.find((m) => m.name === name);
      expect(voicePact).toHaveLength(1);
      const result = await verifyAgainst(mutant?.options ?? {}, voicePact);
      expect(result.ok, `${name} passed verification`).toBe(false);
    },
  );
});
