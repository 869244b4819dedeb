/**
 * Clients other than the AWS SDK for JavaScript v3 against the node:http emulator: the AWS SDK for
 * JavaScript v2 (npm `aws-sdk`), boto3 and the AWS CLI v1. The Python clients run as subprocesses, so
 * each is skipped, with its reason printed, on a machine that lacks it.
 */
import { createRequire } from 'node:module';
import type { AWSError } from 'aws-sdk/lib/error.js';
import type { Request } from 'aws-sdk/lib/request.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { steppedClock } from '../../src/emulator/core/clock.js';
import { startServer, type RunningServer } from '../../src/emulator/http/startServer.js';
import { testCredentials } from '../support/sdk.js';
import { missingTool } from '../support/missingTool.js';
import { probe, run } from '../support/subprocess.js';

// aws-sdk v2 prints an end-of-support notice a tick after it loads, unless told not to first; so the
// notice module is loaded and silenced before the clients are imported (dynamically, to keep that order).
(createRequire(import.meta.url)('aws-sdk/lib/maintenance_mode_message.js') as { suppress: boolean }).suppress = true;
const { default: ChimeSDKMediaPipelines } = await import('aws-sdk/clients/chimesdkmediapipelines.js');
const { default: ChimeSDKVoice } = await import('aws-sdk/clients/chimesdkvoice.js');

const start = Date.parse('2026-11-22T10:00:00.000Z');
const vc = 'abcdef1234567890abcde';
const sse = { KmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k-1' };
const domainArn = 'arn:aws:chime:us-east-1:111122223333:voice-profile-domain/d-1';
const pipelineArn = (id: string) => `arn:aws:chime:us-east-1:111122223333:media-insights-pipeline/${id}`;
const unknownGuid = '00000000-0000-4000-8000-000000000000';

const boto3 = await probe('python3', ['-c', 'import boto3, botocore; print("boto3", boto3.__version__, "botocore", botocore.__version__)']);
const awsCli = await probe('aws', ['--version']);
const skipBoto3 = missingTool(
  'boto3',
  boto3.ok ? undefined : boto3.reason,
  ".ci/run installs it with python3 -m pip install boto3 when python3 -c 'import boto3' fails; see its log for why that failed",
);
const skipAwsCli = missingTool('AWS CLI', awsCli.ok ? undefined : awsCli.reason, '.ci/run does not install it: put `aws` (python3 -m pip install awscli) on the CI image');

const clock = steppedClock(start);
let server: RunningServer;
beforeAll(async () => void (server = await startServer({ clock })));
afterAll(async () => server.close());

/**
 * What a failed v2 request shows its caller: `err.code` and `err.statusCode`, and the answer's
 * x-amzn-errortype header (seen by a listener on the request's `complete` event).
 */
async function v2Error(request: Request<unknown, AWSError>): Promise<{ code: string; statusCode: number | undefined; errorType: string | undefined; message: string }> {
  let errorType: string | undefined;
  request.on('complete', (response) => void (errorType = response.httpResponse.headers['x-amzn-errortype']));
  try {
    await request.promise();
  } catch (e) {
    const err = e as AWSError;
    return { code: err.code, statusCode: err.statusCode, errorType, message: err.message };
  }
  throw new Error('expected the aws-sdk v2 call to fail, and it succeeded');
}

/*
 * aws-sdk v2 takes an error's code from the JSON body (`__type`, `code` or `Code`) in preference to the
 * x-amzn-errortype header, the reverse of v3, botocore and the restJson1 spec. Chime SDK services put the
 * short ErrorCode value in the body's `Code` (Media Pipelines models it; AWS's own answer to a missing
 * pipeline is header `NotFoundException:` with body `{"Code":"NotFound",...}`, see aws/aws-sdk-go-v2#1910),
 * and the emulator answers the same way, so v2 reports `NotFound` / `BadRequest`, as it would against AWS.
 */
describe('AWS SDK for JavaScript v2 (aws-sdk)', () => {
  const v2 = () => {
    const config = { endpoint: server.url, region: 'us-east-1', credentials: testCredentials, maxRetries: 0 };
    return { mp: new ChimeSDKMediaPipelines(config), voice: new ChimeSDKVoice(config) };
  };

  it('Media Pipelines: speaker search by pipeline ARN, and voice tone analysis: start, get, stop', async () => {
    const { mp } = v2();
    const started = await mp.startSpeakerSearchTask({ Identifier: pipelineArn('p-v2'), VoiceProfileDomainArn: domainArn }).promise();
    expect(started.$response.httpResponse.statusCode).toBe(201);
    const SpeakerSearchTaskId = started.SpeakerSearchTask?.SpeakerSearchTaskId ?? '';
    expect(SpeakerSearchTaskId).toMatch(/^[0-9a-f-]{36}$/);
    expect(started.SpeakerSearchTask?.SpeakerSearchTaskStatus).toBe('NotStarted');
    expect(started.SpeakerSearchTask?.CreatedTimestamp).toBeInstanceOf(Date);
    const createdAt = started.SpeakerSearchTask?.CreatedTimestamp?.getTime();

    clock.advance(600);
    const got = await mp.getSpeakerSearchTask({ Identifier: 'p-v2', SpeakerSearchTaskId }).promise();
    expect(got.$response.httpResponse.statusCode).toBe(200);
    expect(got.SpeakerSearchTask).toMatchObject({ SpeakerSearchTaskId, SpeakerSearchTaskStatus: 'Initializing' });
    expect(got.SpeakerSearchTask?.CreatedTimestamp?.getTime()).toBe(createdAt);
    expect(got.SpeakerSearchTask?.UpdatedTimestamp).toBeInstanceOf(Date);
    expect(got.SpeakerSearchTask?.UpdatedTimestamp?.getTime()).toBeGreaterThan(createdAt ?? Infinity);

    const stopped = await mp.stopSpeakerSearchTask({ Identifier: pipelineArn('p-v2'), SpeakerSearchTaskId }).promise();
    expect(stopped.$response.httpResponse.statusCode).toBe(204);
    const stopping = await mp.getSpeakerSearchTask({ Identifier: pipelineArn('p-v2'), SpeakerSearchTaskId }).promise();
    expect(stopping.SpeakerSearchTask?.SpeakerSearchTaskStatus).toBe('Stopping');

    const tone = await mp.startVoiceToneAnalysisTask({ Identifier: pipelineArn('p-v2-tone'), LanguageCode: 'en-US' }).promise();
    expect(tone.$response.httpResponse.statusCode).toBe(201);
    const VoiceToneAnalysisTaskId = tone.VoiceToneAnalysisTask?.VoiceToneAnalysisTaskId ?? '';
    const toneGot = await mp.getVoiceToneAnalysisTask({ Identifier: 'p-v2-tone', VoiceToneAnalysisTaskId }).promise();
    expect(toneGot.VoiceToneAnalysisTask).toMatchObject({ VoiceToneAnalysisTaskId, VoiceToneAnalysisTaskStatus: 'NotStarted' });
    expect(toneGot.VoiceToneAnalysisTask?.CreatedTimestamp).toBeInstanceOf(Date);
    const toneStopped = await mp.stopVoiceToneAnalysisTask({ Identifier: 'p-v2-tone', VoiceToneAnalysisTaskId }).promise();
    expect(toneStopped.$response.httpResponse.statusCode).toBe(204);

    const missing = await v2Error(mp.getSpeakerSearchTask({ Identifier: 'p-v2', SpeakerSearchTaskId: unknownGuid }));
    expect(missing).toMatchObject({ code: 'NotFound', statusCode: 404, errorType: 'NotFoundException' });
    expect(missing.message).toContain(unknownGuid);
  });

  it('Voice: domains, speaker search through its lifecycle, voice tone analysis as callee, 404 and 400', async () => {
    const { voice } = v2();
    const created = await voice.createVoiceProfileDomain({ Name: 'v2-agents', ServerSideEncryptionConfiguration: sse }).promise();
    expect(created.$response.httpResponse.statusCode).toBe(201);
    const VoiceProfileDomainId = created.VoiceProfileDomain?.VoiceProfileDomainId ?? '';
    expect(created.VoiceProfileDomain?.CreatedTimestamp).toBeInstanceOf(Date);

    const got = await voice.getVoiceProfileDomain({ VoiceProfileDomainId }).promise();
    expect(got.VoiceProfileDomain).toMatchObject({ VoiceProfileDomainId, Name: 'v2-agents', ServerSideEncryptionConfiguration: sse });
    expect(got.VoiceProfileDomain?.UpdatedTimestamp).toBeInstanceOf(Date);
    const listed = await voice.listVoiceProfileDomains({}).promise();
    expect(listed.VoiceProfileDomains?.map((d) => d.VoiceProfileDomainId)).toContain(VoiceProfileDomainId);
    expect(listed.VoiceProfileDomains?.find((d) => d.VoiceProfileDomainId === VoiceProfileDomainId)?.CreatedTimestamp).toBeInstanceOf(Date);

    const search = await voice.startSpeakerSearchTask({ VoiceConnectorId: vc, TransactionId: 'v2-tx-1', VoiceProfileDomainId, CallLeg: 'Caller' }).promise();
    expect(search.$response.httpResponse.statusCode).toBe(201);
    expect(search.SpeakerSearchTask?.SpeakerSearchTaskStatus).toBe('IN_QUEUE');
    const SpeakerSearchTaskId = search.SpeakerSearchTask?.SpeakerSearchTaskId ?? '';
    clock.advance(4000);
    const done = await voice.getSpeakerSearchTask({ VoiceConnectorId: vc, SpeakerSearchTaskId }).promise();
    expect(done.SpeakerSearchTask).toMatchObject({ SpeakerSearchTaskStatus: 'SUCCEEDED', CallDetails: { TransactionId: 'v2-tx-1', IsCaller: true } });
    expect(done.SpeakerSearchTask?.CreatedTimestamp).toBeInstanceOf(Date);
    expect(done.SpeakerSearchTask?.SpeakerSearchDetails?.VoiceprintGenerationStatus).toBe('VoiceprintGenerationSuccess');

    const tone = await voice.startVoiceToneAnalysisTask({ VoiceConnectorId: vc, TransactionId: 'v2-tx-2', LanguageCode: 'en-US' }).promise();
    expect(tone.$response.httpResponse.statusCode).toBe(201);
    const VoiceToneAnalysisTaskId = tone.VoiceToneAnalysisTask?.VoiceToneAnalysisTaskId ?? '';
    const asCallee = await voice.getVoiceToneAnalysisTask({ VoiceConnectorId: vc, VoiceToneAnalysisTaskId, IsCaller: false }).promise();
    expect(asCallee.VoiceToneAnalysisTask?.CallDetails?.IsCaller).toBe(false);
    expect(asCallee.VoiceToneAnalysisTask?.CreatedTimestamp).toBeInstanceOf(Date);
    const asCaller = await voice.getVoiceToneAnalysisTask({ VoiceConnectorId: vc, VoiceToneAnalysisTaskId, IsCaller: true }).promise();
    expect(asCaller.VoiceToneAnalysisTask?.CallDetails?.IsCaller).toBe(true);

    // Voice error bodies carry the full type name as Code, so v2 names the exception as v3 does.
    const missing = await v2Error(voice.getVoiceProfileDomain({ VoiceProfileDomainId: 'no-such-domain' }));
    expect(missing).toMatchObject({ code: 'NotFoundException', statusCode: 404, errorType: 'NotFoundException' });
    // v2 checks only required members and minimums by default, so the bad enum value reaches the wire.
    const bogus = await v2Error(voice.startSpeakerSearchTask({ VoiceConnectorId: vc, TransactionId: 'v2-tx-3', VoiceProfileDomainId, CallLeg: 'Bogus' }));
    expect(bogus).toMatchObject({ code: 'BadRequestException', statusCode: 400, errorType: 'BadRequestException' });
    expect(bogus.message).toContain('[Caller, Callee]');
  });
});

/** A boto3 script: one step of a plan, its calls printed as JSON (timestamps marked, so TS can see they were parsed). */
const botoScript = String.raw`
import datetime, json, sys
import boto3, botocore
from botocore.config import Config
from botocore.exceptions import ClientError

endpoint, step, state = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
config = Config(retries={'total_max_attempts': 1}, connect_timeout=5, read_timeout=10)
voice = boto3.client('chime-sdk-voice', endpoint_url=endpoint, config=config)
mp = boto3.client('chime-sdk-media-pipelines', endpoint_url=endpoint, config=config)
out = {'botocore': botocore.__version__, 'skipped': [], 'calls': {}}

def plain(value):
    if isinstance(value, datetime.datetime):
        return {'$datetime': value.isoformat()}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if k != 'ResponseMetadata'}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value

def call(name, client, op, **params):
    if op not in client.meta.method_to_api_mapping:
        out['skipped'].append('%s.%s is not in botocore %s' % (client.meta.service_model.service_name, op, botocore.__version__))
        return None
    try:
        answer = getattr(client, op)(**params)
        out['calls'][name] = {'status': answer['ResponseMetadata']['HTTPStatusCode'], 'body': plain(answer)}
    except ClientError as e:
        out['calls'][name] = {'status': e.response['ResponseMetadata']['HTTPStatusCode'], 'error': e.response['Error']['Code'], 'message': str(e)}
    return out['calls'][name]

if step == 'start':
    domain = call('createDomain', voice, 'create_voice_profile_domain', Name='boto3', ServerSideEncryptionConfiguration=state['sse'])
    domain_id = domain and domain.get('body', {}).get('VoiceProfileDomain', {}).get('VoiceProfileDomainId')
    if domain_id:
        search = call('startSearch', voice, 'start_speaker_search_task', VoiceConnectorId=state['vc'], TransactionId='boto3-tx-1', VoiceProfileDomainId=domain_id, CallLeg='Callee')
        search_id = search and search.get('body', {}).get('SpeakerSearchTask', {}).get('SpeakerSearchTaskId')
        if search_id:
            call('getSearch', voice, 'get_speaker_search_task', VoiceConnectorId=state['vc'], SpeakerSearchTaskId=search_id)
    tone = call('startTone', voice, 'start_voice_tone_analysis_task', VoiceConnectorId=state['vc'], TransactionId='boto3-tx-2', LanguageCode='en-US')
    tone_id = tone and tone.get('body', {}).get('VoiceToneAnalysisTask', {}).get('VoiceToneAnalysisTaskId')
    if tone_id:
        call('getToneAsCallee', voice, 'get_voice_tone_analysis_task', VoiceConnectorId=state['vc'], VoiceToneAnalysisTaskId=tone_id, IsCaller=False)
    call('notFound', voice, 'get_voice_profile_domain', VoiceProfileDomainId='no-such-domain')
    mp_search = call('mpStartSearch', mp, 'start_speaker_search_task', Identifier=state['pipelineArn'], VoiceProfileDomainArn=state['domainArn'])
    mp_search_id = mp_search and mp_search.get('body', {}).get('SpeakerSearchTask', {}).get('SpeakerSearchTaskId')
    if mp_search_id:
        call('mpGetSearch', mp, 'get_speaker_search_task', Identifier=state['pipelineArn'], SpeakerSearchTaskId=mp_search_id)
        call('mpStopSearch', mp, 'stop_speaker_search_task', Identifier=state['pipelineArn'], SpeakerSearchTaskId=mp_search_id)
elif step == 'after':
    call('getSearch', voice, 'get_speaker_search_task', VoiceConnectorId=state['vc'], SpeakerSearchTaskId=state['searchId'])

print(json.dumps(out))
`;

interface BotoCall {
  readonly status: number;
  readonly body?: Record<string, unknown>;
  readonly error?: string;
  readonly message?: string;
}
interface BotoOut {
  readonly botocore: string;
  readonly skipped: readonly string[];
  readonly calls: Readonly<Record<string, BotoCall>>;
}

async function boto(step: string, state: Record<string, unknown>): Promise<BotoOut> {
  const ran = await run('python3', ['-c', botoScript, server.url, step, JSON.stringify(state)]);
  if (ran.code !== 0) throw new Error(`boto3 script (${step}) exited ${ran.code}:\n${ran.stderr}`);
  const out = JSON.parse(ran.stdout) as BotoOut;
  for (const reason of out.skipped) console.warn(`boto3 call skipped: ${reason}`);
  return out;
}

/** How Python's datetime.isoformat() prints an instant in UTC (what botocore parsed an ISO 8601 timestamp into). */
function pyIso(epochMs: number): { $datetime: string } {
  const iso = new Date(epochMs).toISOString();
  const ms = iso.slice(20, 23);
  return { $datetime: `${iso.slice(0, 19)}${ms === '000' ? '' : `.${ms}000`}+00:00` };
}

describe.skipIf(skipBoto3)('boto3 (Python)', () => {
  it('Voice domains, speaker search and voice tone analysis (IsCaller=False), Media Pipelines by ARN, a ClientError for NotFound', async () => {
    const pipeline = pipelineArn('p-boto3');
    const now = clock.now();
    const first = await boto('start', { vc, sse, domainArn, pipelineArn: pipeline });
    const { calls } = first;
    const skipped = (name: string) => calls[name] === undefined;
    // Every call ran, unless botocore lacks an operation (and then the reason was printed above).
    const planned = ['createDomain', 'startSearch', 'getSearch', 'startTone', 'getToneAsCallee', 'notFound', 'mpStartSearch', 'mpGetSearch', 'mpStopSearch'];
    if (first.skipped.length === 0) expect(Object.keys(calls).sort()).toEqual([...planned].sort());

    if (!skipped('createDomain')) {
      expect(calls['createDomain']).toMatchObject({ status: 201, body: { VoiceProfileDomain: { Name: 'boto3', ServerSideEncryptionConfiguration: sse } } });
      // botocore parsed the ISO 8601 timestamp into a datetime.
      expect(calls['createDomain']?.body).toMatchObject({ VoiceProfileDomain: { CreatedTimestamp: pyIso(now) } });
    }
    if (!skipped('startSearch')) expect(calls['startSearch']).toMatchObject({ status: 201, body: { SpeakerSearchTask: { SpeakerSearchTaskStatus: 'IN_QUEUE' } } });
    if (!skipped('getSearch'))
      expect(calls['getSearch']).toMatchObject({ status: 200, body: { SpeakerSearchTask: { SpeakerSearchTaskStatus: 'IN_QUEUE', CallDetails: { TransactionId: 'boto3-tx-1', IsCaller: false } } } });
    if (!skipped('startTone')) expect(calls['startTone']).toMatchObject({ status: 201, body: { VoiceToneAnalysisTask: { VoiceToneAnalysisTaskStatus: 'IN_QUEUE' } } });
    if (!skipped('getToneAsCallee')) {
      expect(calls['getToneAsCallee']).toMatchObject({ status: 200, body: { VoiceToneAnalysisTask: { CallDetails: { TransactionId: 'boto3-tx-2', IsCaller: false } } } });
    }
    if (!skipped('notFound')) {
      expect(calls['notFound']).toMatchObject({ status: 404, error: 'NotFoundException' });
      expect(calls['notFound']?.message).toContain('An error occurred (NotFoundException) when calling the GetVoiceProfileDomain operation');
    }
    if (!skipped('mpStartSearch')) expect(calls['mpStartSearch']).toMatchObject({ status: 201, body: { SpeakerSearchTask: { SpeakerSearchTaskStatus: 'NotStarted', CreatedTimestamp: pyIso(now) } } });
    if (!skipped('mpGetSearch')) expect(calls['mpGetSearch']).toMatchObject({ status: 200, body: { SpeakerSearchTask: { SpeakerSearchTaskStatus: 'NotStarted' } } });
    if (!skipped('mpStopSearch')) expect(calls['mpStopSearch']).toMatchObject({ status: 204 });

    const searchId = (calls['startSearch']?.body?.['SpeakerSearchTask'] as { SpeakerSearchTaskId?: string } | undefined)?.SpeakerSearchTaskId;
    if (searchId === undefined) return;
    clock.advance(4000);
    const after = await boto('after', { vc, searchId });
    if (after.calls['getSearch'] !== undefined) {
      expect(after.calls['getSearch']).toMatchObject({ status: 200, body: { SpeakerSearchTask: { SpeakerSearchTaskId: searchId, SpeakerSearchTaskStatus: 'SUCCEEDED' } } });
    }
  });
});

/** Runs `aws <service> <operation> ...`; undefined (with the reason printed) when this CLI lacks the operation. */
async function aws(service: string, operation: string, ...args: string[]) {
  const ran = await run('aws', [service, operation, ...args, '--endpoint-url', server.url, '--output', 'json']);
  if (ran.code !== 0 && /Invalid choice/.test(ran.stderr)) {
    console.warn(`AWS CLI call skipped: \`aws ${service} ${operation}\` is not in this CLI (${awsCli.ok ? awsCli.version : ''})`);
    return undefined;
  }
  return ran;
}

describe.skipIf(skipAwsCli)('AWS CLI v1 (aws)', () => {
  it('chime-sdk-voice: create, list and get a voice profile domain; an unknown one fails (255 in CLI v1, 254 in v2) naming NotFoundException', async () => {
    const created = await aws('chime-sdk-voice', 'create-voice-profile-domain', '--name', 'cli', '--server-side-encryption-configuration', `KmsKeyArn=${sse.KmsKeyArn}`);
    let id: string | undefined;
    if (created) {
      expect(created.stderr).toBe('');
      expect(created.code).toBe(0);
      const body = JSON.parse(created.stdout) as { VoiceProfileDomain: { VoiceProfileDomainId: string; Name: string } };
      expect(body.VoiceProfileDomain.Name).toBe('cli');
      id = body.VoiceProfileDomain.VoiceProfileDomainId;
    }

    const listed = await aws('chime-sdk-voice', 'list-voice-profile-domains');
    if (listed) {
      expect(listed.code, listed.stderr).toBe(0);
      const body = JSON.parse(listed.stdout) as { VoiceProfileDomains: { VoiceProfileDomainId: string }[] };
      expect(Array.isArray(body.VoiceProfileDomains)).toBe(true);
      if (id !== undefined) expect(body.VoiceProfileDomains.map((d) => d.VoiceProfileDomainId)).toContain(id);
    }

    if (id !== undefined) {
      const got = await aws('chime-sdk-voice', 'get-voice-profile-domain', '--voice-profile-domain-id', id);
      if (got) {
        expect(got.code, got.stderr).toBe(0);
        expect(JSON.parse(got.stdout)).toMatchObject({ VoiceProfileDomain: { VoiceProfileDomainId: id, Name: 'cli', ServerSideEncryptionConfiguration: sse } });
      }
    }

    const missing = await aws('chime-sdk-voice', 'get-voice-profile-domain', '--voice-profile-domain-id', 'no-such-domain');
    if (missing) {
      // A service error exits 254 in CLI v2 but 255 in CLI v1 (awscli/clidriver.py returns 255 for any exception).
      expect(missing.code).toBe(/^aws-cli\/1\./.test(awsCli.ok ? awsCli.version : '') ? 255 : 254);
      expect(missing.stdout).toBe('');
      expect(missing.stderr).toContain('An error occurred (NotFoundException) when calling the GetVoiceProfileDomain operation');
    }
  });

  it('chime-sdk-media-pipelines start-voice-tone-analysis-task: 201 becomes JSON output', async () => {
    const started = await aws('chime-sdk-media-pipelines', 'start-voice-tone-analysis-task', '--identifier', 'p-1', '--language-code', 'en-US');
    if (!started) return;
    expect(started.code, started.stderr).toBe(0);
    const body = JSON.parse(started.stdout) as { VoiceToneAnalysisTask: { VoiceToneAnalysisTaskId: string; VoiceToneAnalysisTaskStatus: string; CreatedTimestamp: string } };
    expect(body.VoiceToneAnalysisTask.VoiceToneAnalysisTaskId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.VoiceToneAnalysisTask.VoiceToneAnalysisTaskStatus).toBe('NotStarted');
    expect(typeof body.VoiceToneAnalysisTask.CreatedTimestamp).toBe('string');
  });
});
