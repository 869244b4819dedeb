import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { canonicalContracts } from '../../src/cli/commands/canonicalContracts.js';
import { startFakeBroker } from '../support/fakeBroker.js';
import { fakeIo } from '../support/fakeIo.js';

const token = 'broker-token-5d2c1e';
const password = 'pa55-w0rd-q9';
const dir = mkdtempSync(join(tmpdir(), 'publish-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let broker: Awaited<ReturnType<typeof startFakeBroker>>;
afterEach(async () => broker.close());

async function publish(args: readonly string[], env: NodeJS.ProcessEnv) {
  const { io, out, err } = fakeIo();
  const code = await runCli(['pact', 'publish', '--broker-url', broker.url, '--retries', '0', ...args], { ...io, env });
  return { code, text: [...out, ...err].join('\n') };
}

interface Published {
  pacticipantName: string;
  pacticipantVersionNumber: string;
  branch?: string;
  tags?: string[];
  buildUrl?: string;
  contracts: { consumerName: string; providerName: string; specification: string; contentType: string; content: string }[];
}

const publishedBodies = () => broker.requests.filter((r) => r.method === 'POST' && r.path === '/contracts/publish').map((r) => JSON.parse(r.body) as Published);

describe('chime-conformance pact publish, against a stand-in for the broker', () => {
  describe('with bearer auth', () => {
    beforeEach(async () => void (broker = await startFakeBroker(`Bearer ${token}`)));

    it('sends each canonical pact, its interactions unchanged, as the consumer version and branch asked for', async () => {
      const { code, text } = await publish(['--consumer-app-version', '1.4.0+abc', '--branch', 'main', '--tag', 'rc', '--build-url', 'https://ci.example.com/7'], { PACT_BROKER_TOKEN: token });
      expect(code, text).toBe(0);
      const bodies = publishedBodies();
      expect(bodies).toHaveLength(canonicalContracts.length);
      const sent = bodies.flatMap((b) => b.contracts.map((c) => ({ ...c, content: Buffer.from(c.content, 'base64').toString('utf8') })));
      for (const file of canonicalContracts) {
        const original = readFileSync(file, 'utf8');
        const pact = JSON.parse(original) as { consumer: { name: string }; provider: { name: string } };
        const match = sent.find((c) => c.providerName === pact.provider.name);
        expect(match, file).toMatchObject({ consumerName: 'aws-sdk-js-v3', specification: 'pact', contentType: 'application/json' });
        // The client stamps its own pactRust version into metadata; everything a provider verifies arrives unchanged.
        const { metadata, ...contract } = JSON.parse(match?.content ?? '{}') as { metadata?: { pactSpecification?: unknown } };
        const { metadata: ours, ...expected } = JSON.parse(original) as { metadata: { pactSpecification: unknown } };
        expect(contract).toEqual(expected);
        expect(metadata?.pactSpecification).toEqual(ours.pactSpecification);
      }
      for (const b of bodies) expect(b).toMatchObject({ pacticipantName: 'aws-sdk-js-v3', pacticipantVersionNumber: '1.4.0+abc', branch: 'main', tags: ['rc'], buildUrl: 'https://ci.example.com/7' });
      const fromClient = broker.requests.filter((r) => r.headers['user-agent']?.startsWith('pact-broker-cli'));
      expect(fromClient.length).toBeGreaterThan(0);
      expect(fromClient.every((r) => r.headers.authorization === `Bearer ${token}`)).toBe(true);
      expect(text).toMatch(/aws-sdk-js-v3 → chime-sdk-voice, 49 interactions/);
      expect(text).toMatch(/2 pacts published as 1\.4\.0\+abc/);
      expect(text).not.toContain(token);
    });

    it("exits 1 with the broker's refusal, and no credential, when the token is wrong", async () => {
      const { code, text } = await publish(['--consumer-app-version', '1'], { PACT_BROKER_TOKEN: 'wrong-token-77' });
      expect(code).toBe(1);
      expect(text).toMatch(/pact publish: FAILED: .*401/);
      expect(text).not.toContain('wrong-token-77');
      expect(publishedBodies()).toHaveLength(0);
    });
  });

  describe('with basic auth', () => {
    beforeEach(async () => void (broker = await startFakeBroker(`Basic ${Buffer.from(`ci-user:${password}`).toString('base64')}`)));

    it('publishes a pact file given with --pact, credentials from PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD', async () => {
      const [voice] = canonicalContracts;
      const { code, text } = await publish(['--consumer-app-version', '2', '--pact', voice ?? ''], { PACT_BROKER_USERNAME: 'ci-user', PACT_BROKER_PASSWORD: password });
      expect(code, text).toBe(0);
      expect(publishedBodies().map((b) => b.contracts.length)).toEqual([1]);
      expect(text).not.toContain(password);
    });
  });

  describe('usage mistakes, found before the broker is contacted', () => {
    beforeEach(async () => void (broker = await startFakeBroker()));
    const notV4 = join(dir, 'v3.json');
    writeFileSync(notV4, JSON.stringify({ consumer: { name: 'c' }, provider: { name: 'p' }, interactions: [], metadata: { pactSpecification: { version: '3.0.0' } } }));

    it.each([
      [[], {}, /--consumer-app-version is required/],
      [['--consumer-app-version', '1', '--pact', join(dir, 'absent.json')], {}, /absent\.json does not exist/],
      [['--consumer-app-version', '1', '--pact', notV4], {}, /v3\.json is not a Pact V4 file \(pactSpecification 3\.0\.0\)/],
      [['--consumer-app-version', '1'], { PACT_BROKER_TOKEN: token, PACT_BROKER_USERNAME: 'u' }, /both PACT_BROKER_TOKEN and PACT_BROKER_USERNAME are set/],
      [['--consumer-app-version', '1'], { PACT_BROKER_USERNAME: 'u' }, /only one of PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD is set/],
      [['--consumer-app-version', '1', '--retries', 'many'], {}, /--retries "many" is not a whole number/],
    ] as const)('%j %j → exit 2: %s', async (args, env, message) => {
      const { code, text } = await publish(args, env);
      expect(code).toBe(2);
      expect(text).toMatch(message);
      expect(text).toMatch(/Hint: /);
      expect(text).not.toContain(token);
      expect(broker.requests).toHaveLength(0);
    });
  });

  it('exits 2 before publishing anything when no broker answers, credentials in the URL left out', async () => {
    broker = await startFakeBroker();
    const url = broker.url.replace('//', '//ci:hunter22@');
    await broker.close();
    const { io, out, err } = fakeIo();
    const code = await runCli(['pact', 'publish', '--broker-url', url, '--retries', '0', '--consumer-app-version', '1'], { ...io, env: {} });
    expect(code).toBe(2);
    const text = [...out, ...err].join('\n');
    expect(text).toMatch(/cannot reach the broker at http:\/\/127\.0\.0\.1:\d+\/: ECONNREFUSED\. Hint: /);
    expect(text).not.toContain('hunter22');
  });

  it('redacts a token the broker echoes back in a body longer than a pipe chunk', async () => {
    broker = await startFakeBroker('Bearer the-right-one', { echoRefused: true });
    const { io, out, err } = fakeIo();
    const code = await runCli(['pact', 'publish', '--broker-url', broker.url, '--retries', '0', '--consumer-app-version', '1'], { ...io, env: { PACT_BROKER_TOKEN: token } });
    expect(code).toBe(1);
    const text = [...out, ...err].join('\n');
    expect(text).toContain('"got":"Bearer ***"'); // the echoed header reached the output, its token hidden
    expect(text).toContain('x'.repeat(70_000)); // in one piece: it spans pipe chunks
    expect(text).not.toContain(token);
  });

  it('redacts credentials given in the URL, also as the Basic header the client makes of them', async () => {
    broker = await startFakeBroker('Bearer the-right-one', { echoRefused: true });
    const url = broker.url.replace('//', '//ci:hunter22@');
    const { io, out, err } = fakeIo();
    const code = await runCli(['pact', 'publish', '--broker-url', url, '--retries', '0', '--consumer-app-version', '1'], { ...io, env: {} });
    expect(code).toBe(1);
    const text = [...out, ...err].join('\n');
    expect(text).toContain('"got":"Basic ***"');
    expect(text).toContain('***@127.0.0.1');
    expect(text).not.toContain('hunter22');
    expect(text).not.toContain(Buffer.from('ci:hunter22').toString('base64'));
  });
});
