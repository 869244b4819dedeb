/**
 * The control plane under /_chime/, through both adapters (node:http and MSW answer it through the same
 * wire): every path's effect, seen through the SDK where the APIs show it, and every refusal with its status,
 * message and hint, changing nothing.
 */
import { GetVoiceToneAnalysisTaskCommand, StartSpeakerSearchTaskCommand, StartVoiceToneAnalysisTaskCommand } from '@aws-sdk/client-chime-sdk-voice';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer } from '../../src/emulator/http/startServer.js';
import { controlRoutes } from '../../src/emulator/control/routes/index.js';
import { sdkError } from '../support/sdk.js';
import { startHarness, type AdapterName, type Harness } from './adapters.js';

const vc = 'abcdef1234567890abcde';

describe.each<AdapterName>(['http', 'msw'])('control plane over %s', (adapter) => {
  let h: Harness;
  const control = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${h.base('voice')}${path}`, { method, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  beforeEach(async () => void (h = await startHarness(adapter, { strictResources: true })));
  afterEach(async () => h.close());

  it('creates pipelines, connectors and calls that strict resources then accept', async () => {
    const start = () => h.clients.voice.send(new StartVoiceToneAnalysisTaskCommand({ VoiceConnectorId: vc, TransactionId: 'tx-1', LanguageCode: 'en-US' }));
    expect((await sdkError(start())).name).toBe('NotFoundException');
    expect(await control('POST', '/_chime/voice-connectors', { voiceConnectorId: vc })).toEqual({ status: 201, body: { voiceConnectorId: vc } });
    const call = await control('POST', '/_chime/calls', { voiceConnectorId: vc, transactionId: 'tx-1' });
    expect(call.status).toBe(201);
    expect(call.body).toMatchObject({ voiceConnectorId: vc, transactionId: 'tx-1', status: 'live', callId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect((await start()).VoiceToneAnalysisTask?.VoiceToneAnalysisTaskStatus).toBe('IN_QUEUE');
    expect((await control('POST', '/_chime/pipelines', { pipelineId: 'p-1' })).status).toBe(201);
    expect(h.core.snapshot().pipelines.items).toEqual(['p-1']);
    // Named by its ARN, as a Start may name it: the pipeline is its ID, which a Start by either name finds.
    expect((await control('POST', '/_chime/pipelines', { pipelineId: 'arn:aws:chime:us-east-1:111122223333:media-insights-pipeline/p-2' })).status).toBe(201);
    expect(h.core.snapshot().pipelines.items).toEqual(['p-1', 'p-2']);
    // An ARN with nothing after its last '/' names no pipeline: refused, and nothing is made.
    expect(await control('POST', '/_chime/pipelines', { pipelineId: 'arn:/' })).toMatchObject({ status: 400, body: { errorType: 'BadRequestException' } });
    expect(h.core.snapshot().pipelines.items).toEqual(['p-1', 'p-2']);
  });

  it('ends a call: its voice tone analysis SUCCEEDED, new tasks on it Gone', async () => {
    await control('POST', '/_chime/calls', { voiceConnectorId: vc, transactionId: 'tx-2', callId: 'call-2' });
    const started = await h.clients.voice.send(new StartVoiceToneAnalysisTaskCommand({ VoiceConnectorId: vc, TransactionId: 'tx-2', LanguageCode: 'en-US' }));
    const ended = await control('POST', `/_chime/calls/${vc}/tx-2/end`);
    expect(ended).toMatchObject({ status: 200, body: { callId: 'call-2', status: 'ended' } });
    const got = await h.clients.voice.send(
      new GetVoiceToneAnalysisTaskCommand({ VoiceConnectorId: vc, VoiceToneAnalysisTaskId: started.VoiceToneAnalysisTask?.VoiceToneAnalysisTaskId, IsCaller: true }),
    );
    expect(got.VoiceToneAnalysisTask?.VoiceToneAnalysisTaskStatus).toBe('SUCCEEDED');
    const again = h.clients.voice.send(new StartVoiceToneAnalysisTaskCommand({ VoiceConnectorId: vc, TransactionId: 'tx-2', LanguageCode: 'en-US' }));
    expect(await sdkError(again)).toMatchObject({ name: 'GoneException', status: 410 });
    expect((await control('POST', '/_chime/calls', { voiceConnectorId: vc, transactionId: 'tx-2' })).status).toBe(409);
  });

  it('fails a running task with its message, and refuses to fail it twice', async () => {
    await control('POST', '/_chime/calls', { voiceConnectorId: vc, transactionId: 'tx-3' });
    const started = await h.clients.voice.send(new StartVoiceToneAnalysisTaskCommand({ VoiceConnectorId: vc, TransactionId: 'tx-3', LanguageCode: 'en-US' }));
    const id = started.VoiceToneAnalysisTask?.VoiceToneAnalysisTaskId ?? '';
    expect(await control('POST', `/_chime/tasks/${id}/fail`, { message: 'The stream ended.' })).toEqual({ status: 200, body: { taskId: id, status: 'FAILED' } });
    const got = await h.clients.voice.send(new GetVoiceToneAnalysisTaskCommand({ VoiceConnectorId: vc, VoiceToneAnalysisTaskId: id, IsCaller: true }));
    expect(got.VoiceToneAnalysisTask).toMatchObject({ VoiceToneAnalysisTaskStatus: 'FAILED', StatusMessage: 'The stream ended.' });
    expect(await control('POST', `/_chime/tasks/${id}/fail`)).toMatchObject({ status: 409, body: { errorType: 'ConflictException' } });
    expect(await control('POST', '/_chime/tasks/no-such-task/fail')).toMatchObject({ status: 404, body: { errorType: 'NotFoundException' } });
  });

  it('reads the emulated clock and moves it forward by exactly what was asked', async () => {
    const before = await control('GET', '/_chime/clock');
    expect(before.body).toEqual({ now: new Date(h.clock.now()).toISOString(), mode: 'manual' });
    const advanced = await control('POST', '/_chime/clock/advance', { ms: 60_000 });
    expect(Date.parse(String(advanced.body['now'])) - Date.parse(String(before.body['now']))).toBe(60_000);
    expect(h.clock.now()).toBe(Date.parse(String(advanced.body['now'])));
  });

  it('resets every resource, and shows what it holds', async () => {
    await control('POST', '/_chime/calls', { voiceConnectorId: vc, transactionId: 'tx-4' });
    const state = await control('GET', '/_chime/state');
    expect(state.body).toMatchObject({ clock: 'manual', voiceConnectors: { count: 1, items: [vc] }, calls: { count: 1, items: [{ transactionId: 'tx-4', status: 'live' }] } });
    expect(await control('POST', '/_chime/reset')).toEqual({ status: 200, body: { reset: true } });
    expect((await control('GET', '/_chime/state')).body).toMatchObject({ voiceConnectors: { count: 0 }, calls: { count: 0 }, tasks: { count: 0 } });
  });

  it('refuses what it cannot act on with a 4xx that says why and how, changing nothing', async () => {
    const unknown = await control('GET', '/_chime/nothing-here');
    expect(unknown.status).toBe(404);
    for (const r of controlRoutes) expect(String(unknown.body['hint'])).toContain(`${r.method} ${r.path}`);
    expect(await control('GET', '/_chime/reset')).toMatchObject({ status: 405, body: { hint: 'use POST' } });
    expect(await control('POST', '/_chime/calls', '{"voiceConnectorId":')).toMatchObject({ status: 400, body: { message: 'chime-conformance control plane: the body is not JSON' } });
    expect(await control('POST', '/_chime/calls', [1])).toMatchObject({ status: 400, body: { message: expect.stringContaining('not a JSON object') } });
    expect(await control('POST', '/_chime/calls', { voiceConnectorId: vc })).toMatchObject({ status: 400, body: { message: expect.stringContaining('"transactionId" is missing') } });
    expect(await control('POST', '/_chime/pipelines', { pipelineId: 7 })).toMatchObject({
      status: 400,
      body: { message: expect.stringContaining('"pipelineId" must be 1 to 1024 characters, not all blank (got number)') },
    });
    // What the control plane keeps is bounded as the API's own members are.
    const call = (voiceConnectorId: string, transactionId: string) => control('POST', '/_chime/calls', { voiceConnectorId, transactionId });
    expect(await call('vc 1', 'tx')).toMatchObject({ status: 400, body: { message: expect.stringContaining('"voiceConnectorId" must be a Voice Connector ID as the API takes it') } });
    expect(await call(vc, 't'.repeat(257))).toMatchObject({
      status: 400,
      body: { message: expect.stringContaining('"transactionId" must be 1 to 256 characters, not all blank (got 257 characters)') },
    });
    expect(await call(vc, '   ')).toMatchObject({ status: 400, body: { message: expect.stringContaining('"transactionId" must be 1 to 256 characters, not all blank') } });
    const state = (params: object) => control('POST', '/_chime/provider-states', { state: 'a Voice speaker search task is active', params });
    expect(await state({ taskId: 't-1', voiceConnectorId: vc, transactionId: 'tx-1' })).toMatchObject({
      status: 400,
      body: { message: expect.stringContaining('provider state "a Voice speaker search task is active": "params.domainId" is missing') },
    });
    expect(await control('POST', '/_chime/clock/advance', { ms: -5 })).toMatchObject({ status: 400, body: { message: expect.stringContaining('"ms" must be a whole number') } });
    expect(await control('POST', `/_chime/calls/${vc}/never-started/end`)).toMatchObject({ status: 404, body: { errorType: 'NotFoundException' } });
    expect(await control('POST', '/_chime/calls/%E0%A4%A/x/end')).toMatchObject({ status: 400, body: { message: expect.stringContaining('percent-encoding') } });
    const oversized = { pipelineId: 'p'.repeat(2 * 1024 * 1024) };
    expect(await control('POST', '/_chime/pipelines', oversized)).toMatchObject({ status: 400, body: { message: expect.stringContaining('the body exceeds 1048576 bytes') } });
    expect(h.core.snapshot()).toMatchObject({ pipelines: { count: 0 }, voiceConnectors: { count: 0 }, calls: { count: 0 } });
  });

  it('sets Pact provider states up, tears them down, and names the known ones for an unknown state', async () => {
    const setup = await control('POST', '/_chime/provider-states', { state: 'a voice profile domain exists', params: { domainId: 'd-1' }, action: 'setup' });
    expect(setup.status).toBe(200);
    expect(h.core.snapshot().voiceProfileDomains.items).toEqual(['d-1']);
    expect((await control('POST', '/_chime/provider-states', { state: 'a voice profile domain exists', action: 'teardown' })).status).toBe(200);
    expect(h.core.snapshot().voiceProfileDomains.count).toBe(0);
    const unknown = await control('POST', '/_chime/provider-states', { state: 'a domain exist' });
    expect(unknown).toMatchObject({ status: 400, body: { message: expect.stringContaining('unknown provider state "a domain exist"') } });
    expect(String(unknown.body['hint'])).toContain('"a voice profile domain exists"');
    expect((await control('POST', '/_chime/provider-states', { state: 'nothing exists', action: 'undo' })).status).toBe(400);
    for (const inherited of ['__proto__', 'constructor', 'hasOwnProperty', 'valueOf', 'toString']) {
      expect(await control('POST', '/_chime/provider-states', { state: inherited }), inherited).toMatchObject({
        status: 400,
        body: { message: expect.stringContaining(`unknown provider state "${inherited}"`) },
      });
    }
  });
});

describe('control plane switches', () => {
  it('answers without a signature when --auth is strict, since it is how a test sets the emulator up', async () => {
    const server = await startServer({ auth: 'strict' });
    try {
      const res = await fetch(`${server.url}/_chime/voice-connectors`, { method: 'POST', body: JSON.stringify({ voiceConnectorId: vc }) });
      expect(res.status).toBe(201);
      const api = await fetch(`${server.url}/voice-profile-domains`);
      expect(api.status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('turned off, its paths are unknown operations', async () => {
    const server = await startServer({ controlPlane: false });
    try {
      const res = await fetch(`${server.url}/_chime/reset`, { method: 'POST' });
      expect(res.status).toBe(404);
      expect(res.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    } finally {
      await server.close();
    }
  });
});

it('a Voice speaker search started on a call of the control plane is refused for an unknown domain, not for the call', async () => {
  const h = await startHarness('http', { strictResources: true });
  try {
    await fetch(`${h.base('voice')}/_chime/calls`, { method: 'POST', body: JSON.stringify({ voiceConnectorId: vc, transactionId: 'tx-9' }) });
    const search = h.clients.voice.send(new StartSpeakerSearchTaskCommand({ VoiceConnectorId: vc, TransactionId: 'tx-9', VoiceProfileDomainId: '00000000-0000-4000-8000-000000000000' }));
    expect(await sdkError(search)).toMatchObject({ name: 'NotFoundException', message: expect.stringContaining('Voice profile domain') });
  } finally {
    await h.close();
  }
});
