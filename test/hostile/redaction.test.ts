import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { startServer } from '../../src/emulator/http/startServer.js';
import { logLine } from '../../src/emulator/logLine.js';
import type { RawRequest, RawResponse } from '../../src/emulator/wire/types.js';
import { quickLifecycle } from '../../src/verify/reach/openTarget.js';
import { mutants } from '../mutants/mutants.js';
import { fakeIo } from '../support/fakeIo.js';

/** The members the issue names, found by name at any depth: independent of the redaction code under test. */
const secretMembers = new Set(['VoiceProfileDomainArn', 'KmsKeyArn', 'ClientRequestToken']);
/** Shorter values could appear in a report by coincidence (shrinking makes tokens such as "aa"). */
const minLength = 8;

const secretInText = new RegExp(`"(${[...secretMembers].join('|')})"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)`, 'g');

/** Secret values seen on the wire, and every other string, so a secret that is part of a shown value is not counted. */
function wireValues() {
  const secrets = new Set<string>();
  const others = new Set<string>();
  const walk = (value: unknown, key?: string): void => {
    if (typeof value === 'string') (key !== undefined && secretMembers.has(key) ? secrets : others).add(value);
    else if (Array.isArray(value)) value.forEach((v) => walk(v));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  const read = (body: string | Uint8Array | undefined) => {
    const text = typeof body === 'string' ? body : new TextDecoder().decode(body ?? new Uint8Array());
    try {
      walk(JSON.parse(text));
    } catch {
      // A cut or malformed body is shown as text: its secret members' values count as secrets, the rest as shown text.
      others.add(text.replace(secretInText, (_, name: string, value: string) => (secrets.add(value), `"${name}":`)));
    }
  };
  const see = (request: RawRequest, answer?: RawResponse) => {
    others.add(request.target);
    read(request.body);
    read(answer?.body);
  };
  const checkable = () => {
    const shown = [...others].join('\u0000');
    return [...secrets].filter((s) => s.length >= minLength && !shown.includes(s));
  };
  return { see, checkable };
}

/** The operations whose requests or answers carry the secret members. */
const secretCarriers = [
  'media-pipelines.StartSpeakerSearchTask',
  'voice.CreateVoiceProfileDomain',
  'voice.GetVoiceProfileDomain',
  'voice.ListVoiceProfileDomains',
  'voice.StartSpeakerSearchTask',
  'voice.StartVoiceToneAnalysisTask',
].join(',');
const checks = 'positive_acceptance,response_schema,negative_rejection,no_server_error,idempotency';
const failing = ['ok-200-not-201', 'epoch-timestamps', 'server-error-on-malformed-json', 'ignores-idempotency-tokens'];
const dir = mkdtempSync(join(tmpdir(), 'redaction-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function runAgainst(mutantName: string, seed: number) {
  const mutant = mutants.find((m) => m.name === mutantName);
  const wire = wireValues();
  const log: string[] = [];
  const broken = mutant?.options.interpose;
  const server = await startServer({
    lifecycle: quickLifecycle,
    ...mutant?.options,
    onExchange: (e) => log.push(logLine(e)),
    interpose: (handle) => {
      const inner = broken ? broken(handle) : handle;
      return async (request) => {
        try {
          const answer = await inner(request);
          wire.see(request, answer);
          return answer;
        } catch (e) {
          wire.see(request);
          throw e;
        }
      };
    },
  });
  try {
    const reports = { junit: join(dir, `${seed}.xml`), json: join(dir, `${seed}.ndjson`), html: join(dir, `${seed}.html`) };
    const { io, out, err } = fakeIo();
    const argv = [
      'verify',
      '--endpoint',
      server.url,
      '--checks',
      checks,
      '--ops',
      secretCarriers,
      '--runs',
      '4',
      '--seed',
      String(seed),
      '--report',
      Object.entries(reports)
        .map(([k, f]) => `${k}=${f}`)
        .join(','),
    ];
    const code = await runCli(argv, io);
    const texts = { console: [...out, ...err].join('\n'), log: log.join('\n'), ...Object.fromEntries(Object.entries(reports).map(([k, f]) => [k, readFileSync(f, 'utf8')])) };
    return { code, texts, secrets: wire.checkable() };
  } finally {
    await server.close();
  }
}

describe('redaction, as a property over generated secrets', () => {
  it('no report (console, JUnit, NDJSON, HTML) and no log line holds a VoiceProfileDomainArn, KmsKeyArn or ClientRequestToken that went on the wire', { timeout: 240_000 }, async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom(...failing), async (seed, mutantName) => {
        const { code, texts, secrets } = await runAgainst(mutantName, seed);
        expect(code, `${mutantName} should fail verification, so that counterexamples are in the reports`).toBe(1);
        expect(secrets.length).toBeGreaterThan(0);
        checked += secrets.length;
        for (const [report, text] of Object.entries(texts)) {
          const leaked = secrets.filter((s) => text.includes(s));
          expect(leaked, `${report} of a run against ${mutantName}, seed ${seed}`).toEqual([]);
        }
      }),
      { numRuns: 6, seed: 20261122, endOnFailure: true },
    );
    console.log(`redaction: ${checked} generated secret values looked for in 5 kinds of output over 6 runs; none found`);
  });
});
