import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../../src/emulator/http/startServer.js';
import { defaultAnswerLimits } from '../../../src/verify/reach/answerLimits.js';
import { readDescribed, readMadeCall, readMadeId } from '../../../src/verify/world/setupAnswers.js';
import { setupClient } from '../../../src/verify/world/setupClient.js';
import { readFixtures } from '../../../src/verify/world/readFixtures.js';
import { repoRoot } from '../../support/paths.js';
import { testTempDir } from '../../support/tempDir.js';

const dir = resolve(repoRoot, 'schemas/setup');
const json = (file: string) => JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(json('answers.json'));
const request = ajv.compile(json('request.json'));
const answerOf = (def: string) => ajv.getSchema(`https://chime-conformance.dev/schemas/setup/answers.json#/$defs/${def}`);
const fixtures = ajv.compile(json('fixtures.json'));
const defOf: Record<string, string> = { describe: 'describe', create: 'made', advance: 'advance', teardown: 'teardown' };

describe('the setup protocol (schemas/setup/) as published', () => {
  it.each(readdirSync(resolve(dir, 'examples')).filter((f) => f !== 'fixtures.json'))('example %s: request and answer hold to the schemas', (file) => {
    const { request: req, answer } = json(`examples/${file}`) as { request: Record<string, unknown>; answer: unknown };
    expect(request(req), JSON.stringify(request.errors)).toBe(true);
    expect(answerOf(defOf[String(req['action'])] ?? '')?.(answer)).toBe(true);
  });

  it('the fixtures example holds to its schema and reads', () => {
    expect(fixtures(json('examples/fixtures.json')), JSON.stringify(fixtures.errors)).toBe(true);
    expect(readFixtures(resolve(dir, 'examples/fixtures.json')).calls).toHaveLength(1);
  });

  it("our control plane answers every request as the schemas say, and verify's readers take the answers", async () => {
    const server = await startServer({ clock: 'manual', strictResources: true });
    try {
      const send = setupClient(`${server.url}/_chime/setup`, defaultAnswerLimits);
      const described = await send({ action: 'describe' });
      expect(answerOf('describe')?.(described)).toBe(true);
      expect(readDescribed(described)).toEqual({ clock: 'manual', makes: ['pipeline', 'voiceConnector', 'call'] });
      const pipeline = await send({ action: 'create', resource: 'pipeline', id: 'arn:aws:chime:us-east-1:111122223333:media-insights-pipeline/p-1' });
      expect(answerOf('made')?.(pipeline)).toBe(true);
      expect(readMadeId(pipeline, 'pipeline')).toBe('arn:aws:chime:us-east-1:111122223333:media-insights-pipeline/p-1');
      expect(server.core.snapshot().pipelines.items).toEqual(['p-1']);
      const call = await send({ action: 'create', resource: 'call', voiceConnectorId: 'abcdef1234567890abcde', transactionId: 'tx-1' });
      expect(answerOf('made')?.(call)).toBe(true);
      expect(readMadeCall(call)).toEqual({ voiceConnectorId: 'abcdef1234567890abcde', transactionId: 'tx-1' });
      const advanced = await send({ action: 'advance', ms: 1500 });
      expect(answerOf('advance')?.(advanced)).toBe(true);
      const ended = await send({ action: 'teardown', made: [call, pipeline] });
      expect(ended).toEqual({ ended: 1 });
      expect(server.core.snapshot().calls.items[0]?.status).toBe('ended');
    } finally {
      await server.close();
    }
  });

  it.each([
    [{ action: 'launch' }, 'no action "launch"'],
    [{ action: 'create', resource: 'meeting' }, 'no resource "meeting"'],
    [{ action: 'advance', ms: 86_400_001 }, '"ms" 86400001 is over a day'],
    [{ action: 'advance', ms: -1 }, '"ms" must be a whole number'],
    [{ action: 'teardown', made: 'all' }, '"made" must be a list'],
  ])('the control plane refuses %j with 400 and changes nothing', async (body, message) => {
    const server = await startServer({ clock: 'manual' });
    try {
      const before = JSON.stringify(server.core.snapshot());
      const res = await fetch(`${server.url}/_chime/setup`, { method: 'POST', body: JSON.stringify(body) });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toContain(message);
      expect(JSON.stringify(server.core.snapshot())).toBe(before);
    } finally {
      await server.close();
    }
  });

  it.each([
    [{ protocol: 'chime-conformance-setup/2', clock: 'system', makes: [] }, 'protocol "chime-conformance-setup/2"'],
    [{ protocol: 'chime-conformance-setup/1', clock: 'frozen', makes: [] }, 'clock neither'],
    [{ protocol: 'chime-conformance-setup/1', clock: 'system' }, 'makes that is no list'],
    [{ protocol: 'chime-conformance-setup/1', clock: 'system', makes: ['meeting'] }, 'makes that is no list of pipeline, voiceConnector, call'],
  ])('a describe answer the schema refuses is refused by verify too, naming the member: %j', (answer, message) => {
    expect(answerOf('describe')?.(answer)).toBe(false);
    expect(() => readDescribed(answer)).toThrow(message);
  });

  it.each([
    [{ resource: 'call', voiceConnectorId: 'vc' }, 'transactionId missing'],
    [{ resource: 'call', voiceConnectorId: '', transactionId: 't' }, 'voiceConnectorId that is no ID'],
    [{ resource: 'pipeline', voiceConnectorId: 'vc', transactionId: 't' }, 'resource "pipeline"'],
  ])('a call answer the schema refuses is refused by verify: %j', (answer, message) => {
    expect(answerOf('made')?.(answer) && answer.resource === 'call').toBe(false);
    expect(() => readMadeCall(answer)).toThrow(message);
  });
});

describe('--fixtures FILE: a member that breaks the schema is named', () => {
  const file = (content: unknown) => {
    const path = join(testTempDir('fixtures-'), 'fixtures.json');
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  it.each([
    [{ calls: [{ voiceConnectorId: 'vc', transactionId: '' }] }, 'calls[0].transactionId must be a non-empty string'],
    [{ calls: [{ voiceConnectorId: 'vc', transactionId: 't', leg: 'Caller' }] }, 'calls[0].leg is not a member of a call'],
    [{ pipelines: [7] }, 'pipelines[0] must be a non-empty string'],
    [{ kmsKeyArn: 'key-1' }, 'kmsKeyArn must be a KMS key ARN'],
    [{ call: [] }, 'call is not a member of a fixtures file'],
    ['[1]', 'not a JSON object'],
  ])('%j', (content, message) => {
    const path = file(content);
    if (typeof content !== 'string') expect(fixtures(content)).toBe(false);
    expect(() => readFixtures(path)).toThrow(`--fixtures ${path}: ${message}`);
  });
});
