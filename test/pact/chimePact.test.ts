import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PactV4 } from '@pact-foundation/pact';
import { afterAll, describe, expect, it } from 'vitest';
import { operations } from '../../src/contract/catalog.js';
import { chimePact, ContractExampleError } from '../../src/pact/chimePact.js';
import { sdkError, voice, mp, testCredentials } from '../support/sdk.js';

const dir = mkdtempSync(join(tmpdir(), 'pact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pactFor = (provider: string) => new PactV4({ consumer: 'my-app', provider, dir, logLevel: 'error' });
const client = <T>(Client: new (c: object) => T, url: string) => new Client({ endpoint: url, region: 'us-east-1', credentials: testCredentials, maxAttempts: 1 });

const vc = 'abcdef1234567890abcde';
const task = {
  SpeakerSearchTaskId: 'task-1',
  SpeakerSearchTaskStatus: 'IN_QUEUE',
  CallDetails: { VoiceConnectorId: vc, TransactionId: 'tx-1', IsCaller: true },
  CreatedTimestamp: '2026-11-22T10:00:00.000Z',
  UpdatedTimestamp: '2026-11-22T10:00:00.000Z',
};

describe('chimePact interaction builders', () => {
  it('build an interaction the real SDK client passes against the Pact mock server, with schema-derived matchers', async () => {
    const pact = pactFor('chime-sdk-voice');
    await chimePact(pact)
      .voice.startSpeakerSearchTask?.({
        given: 'a voice profile domain d-1 exists',
        request: { VoiceConnectorId: vc, TransactionId: 'tx-1', VoiceProfileDomainId: 'd-1', CallLeg: 'Caller' },
        response: { body: { SpeakerSearchTask: task } },
      })
      .executeTest(async (server) => {
        const out = await client(voice.ChimeSDKVoiceClient, server.url).send(
          new voice.StartSpeakerSearchTaskCommand({ VoiceConnectorId: vc, TransactionId: 'tx-1', VoiceProfileDomainId: 'd-1', CallLeg: 'Caller' }),
        );
        expect(out.$metadata.httpStatusCode).toBe(201);
        expect(out.SpeakerSearchTask?.SpeakerSearchTaskStatus).toBe('IN_QUEUE');
      });
    const file = JSON.parse(readFileSync(join(dir, 'my-app-chime-sdk-voice.json'), 'utf8')) as {
      interactions: { request: { method: string; path: string }; response: { status: number; matchingRules: { body: Record<string, { matchers: { match: string; regex?: string }[] }> } } }[];
      metadata: { pactSpecification: { version: string } };
    };
    const [interaction] = file.interactions;
    expect(file.metadata.pactSpecification.version).toBe('4.0');
    expect(interaction?.request).toMatchObject({ method: 'POST', path: `/voice-connectors/${vc}/speaker-search-tasks` });
    expect(interaction?.response.status).toBe(201);
    const rules = interaction?.response.matchingRules.body ?? {};
    expect(rules['$.SpeakerSearchTask.SpeakerSearchTaskStatus']?.matchers[0]?.regex).toBe('^(?:IN_QUEUE|IN_PROGRESS|PARTIAL_SUCCESS|SUCCEEDED|FAILED|STOPPED)$');
    expect(rules['$.SpeakerSearchTask.CreatedTimestamp']?.matchers[0]?.match).toBe('regex');
    expect(rules['$.SpeakerSearchTask.CallDetails.IsCaller']?.matchers[0]?.match).toBe('type'); // pact-js writes boolean() as a type match
  });

  it('fill in the literal operation= query and error answers the SDK reads', async () => {
    const pact = pactFor('chime-sdk-media-pipelines');
    const id = '0f0e0d0c-0b0a-4909-8807-060504030201';
    await chimePact(pact)
      .mediaPipelines.stopSpeakerSearchTask?.({ given: 'no such task', request: { Identifier: 'p-1', SpeakerSearchTaskId: id }, response: { error: 'NotFoundException' } })
      .executeTest(async (server) => {
        const failure = await sdkError(client(mp.ChimeSDKMediaPipelinesClient, server.url).send(new mp.StopSpeakerSearchTaskCommand({ Identifier: 'p-1', SpeakerSearchTaskId: id })));
        expect(failure).toMatchObject({ name: 'NotFoundException', status: 404 });
      });
  });

  it('reject an example that breaks the contract when the interaction is built, with the validator message', () => {
    const pact = pactFor('chime-sdk-voice');
    const bad = () => chimePact(pact).voice.startSpeakerSearchTask?.({ request: { VoiceConnectorId: vc, TransactionId: 'tx', VoiceProfileDomainId: 'd', CallLeg: 'Bogus' }, response: { body: {} } });
    expect(bad).toThrow(ContractExampleError);
    expect(bad).toThrow(/request example of voice\.StartSpeakerSearchTask breaks the contract: Value "Bogus" at 'CallLeg'.*\[Caller, Callee\]/);
    const badAnswer = () => chimePact(pact).voice.getVoiceProfile?.({ request: { VoiceProfileId: 'p' }, response: { body: { VoiceProfile: { CreatedTimestamp: 1700000000 } } } });
    expect(badAnswer).toThrow(/response example of voice\.GetVoiceProfile breaks the contract: .*CreatedTimestamp.*type string/);
    expect(() => chimePact(pact).voice.getVoiceProfile?.({ request: { VoiceProfileId: 'p' }, response: { error: 'GoneException' } })).toThrow(/does not model GoneException/);
  });
});

describe('builders are typed per operation', () => {
  it('a misspelt operation does not compile, and every catalog operation has its builder', () => {
    const pact = pactFor('typed');
    const builders = chimePact(pact);
    // @ts-expect-error: there is no startSpeakerSerchTask
    expect(builders.voice.startSpeakerSerchTask).toBeUndefined();
    // @ts-expect-error: voice operations are not on mediaPipelines
    expect(builders.mediaPipelines.createVoiceProfile).toBeUndefined();
    expect(typeof builders.voice.startSpeakerSearchTask).toBe('function');
    expect(Object.keys(builders.voice).length + Object.keys(builders.mediaPipelines).length).toBe(operations.length);
  });
});
