/**
 * Issue 12's whole story from outside the process: `serve --strict-resources --clock manual` started as a
 * separate process and driven over HTTP only (no in-process call), with the AWS SDK v3 and with boto3, through
 * calls, call ends, failures, the clock and the retention windows.
 */
import * as mp from '@aws-sdk/client-chime-sdk-media-pipelines';
import * as voice from '@aws-sdk/client-chime-sdk-voice';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { sdkClients, sdkError } from '../support/sdk.js';
import { serveProcess, type ServedEmulator } from '../support/serveProcess.js';
import { probe, run } from '../support/subprocess.js';

const vc = 'abcdef1234567890abcde';
const day = 24 * 3600 * 1000;
let served: ServedEmulator;
beforeAll(async () => void (served = await serveProcess(['--strict-resources', '--clock', 'manual'])), 30_000);
afterAll(async () => expect(await served.stop()).toBe(0));

async function control(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${served.url}${path}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  expect(res.status, `${method} ${path}`).toBeLessThan(300);
  return (await res.json()) as Record<string, unknown>;
}

describe('serve --strict-resources --clock manual, over HTTP only', () => {
  it('with the AWS SDK v3: calls, their end, a failure, the clock and the windows', { timeout: 30_000 }, async () => {
    const { voice: v, mp: m } = sdkClients(served.url);
    await control('POST', '/_chime/reset');
    await control('POST', '/_chime/calls', { voiceConnectorId: vc, transactionId: 'js-1', callId: 'sip-1' });
    await control('POST', '/_chime/calls', { voiceConnectorId: vc, transactionId: 'js-2' });
    await control('POST', '/_chime/pipelines', { pipelineId: 'pipe-1' });
    const domain = await v.send(new voice.CreateVoiceProfileDomainCommand({ Name: 'js', ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k' } }));
    const VoiceProfileDomainId = domain.VoiceProfileDomain?.VoiceProfileDomainId ?? '';
    const search = await v.send(new voice.StartSpeakerSearchTaskCommand({ VoiceConnectorId: vc, TransactionId: 'js-1', VoiceProfileDomainId }));
    const SpeakerSearchTaskId = search.SpeakerSearchTask?.SpeakerSearchTaskId ?? '';
    const cut = await v.send(new voice.StartSpeakerSearchTaskCommand({ VoiceConnectorId: vc, TransactionId: 'js-2', VoiceProfileDomainId, CallLeg: 'Callee' }));
    const tone = await v.send(new voice.StartVoiceToneAnalysisTaskCommand({ VoiceConnectorId: vc, TransactionId: 'js-1', LanguageCode: 'en-US' }));
    const status = async (id: string | undefined) =>
      (await v.send(new voice.GetSpeakerSearchTaskCommand({ VoiceConnectorId: vc, SpeakerSearchTaskId: id }))).SpeakerSearchTask?.SpeakerSearchTaskStatus;

    // Manual clock: however long the real wait, nothing moves until the clock is advanced.
    await new Promise((r) => setTimeout(r, 600));
    expect(await status(SpeakerSearchTaskId)).toBe('IN_QUEUE');
    await control('POST', '/_chime/clock/advance', { ms: 1000 });
    expect(await status(SpeakerSearchTaskId)).toBe('IN_PROGRESS');
    await control('POST', `/_chime/calls/${vc}/js-2/end`);
    expect(await status(cut.SpeakerSearchTask?.SpeakerSearchTaskId)).toBe('PARTIAL_SUCCESS');
    await control('POST', '/_chime/clock/advance', { ms: 3000 });
    expect(await status(SpeakerSearchTaskId)).toBe('SUCCEEDED');
    await control('POST', `/_chime/calls/${vc}/js-1/end`);
    const toneGot = await v.send(new voice.GetVoiceToneAnalysisTaskCommand({ VoiceConnectorId: vc, VoiceToneAnalysisTaskId: tone.VoiceToneAnalysisTask?.VoiceToneAnalysisTaskId, IsCaller: true }));
    expect(toneGot.VoiceToneAnalysisTask?.VoiceToneAnalysisTaskStatus).toBe('SUCCEEDED');

    const pipelineTask = await m.send(new mp.StartVoiceToneAnalysisTaskCommand({ Identifier: 'pipe-1', LanguageCode: 'en-US' }));
    const pipelineTaskId = pipelineTask.VoiceToneAnalysisTask?.VoiceToneAnalysisTaskId ?? '';
    expect(await control('POST', `/_chime/tasks/${pipelineTaskId}/fail`, { message: 'stream lost' })).toEqual({ taskId: pipelineTaskId, status: 'Failed' });
    const failed = await m.send(new mp.GetVoiceToneAnalysisTaskCommand({ Identifier: 'pipe-1', VoiceToneAnalysisTaskId: pipelineTaskId }));
    expect(failed.VoiceToneAnalysisTask?.VoiceToneAnalysisTaskStatus).toBe('Failed');

    const profile = await v.send(new voice.CreateVoiceProfileCommand({ SpeakerSearchTaskId }));
    const VoiceProfileId = profile.VoiceProfile?.VoiceProfileId ?? '';
    await control('POST', '/_chime/clock/advance', { ms: day });
    const renew = v.send(new voice.UpdateVoiceProfileCommand({ VoiceProfileId, SpeakerSearchTaskId }));
    expect(await sdkError(renew)).toMatchObject({ name: 'GoneException', status: 410 });
    await control('POST', '/_chime/clock/advance', { ms: 6 * day });
    expect(await sdkError(status(SpeakerSearchTaskId))).toMatchObject({ name: 'NotFoundException', status: 404 });
    expect(await sdkError(m.send(new mp.GetVoiceToneAnalysisTaskCommand({ Identifier: 'pipe-1', VoiceToneAnalysisTaskId: pipelineTaskId })))).toMatchObject({ name: 'NotFoundException' });
    const expiry = Date.parse(profile.VoiceProfile?.ExpirationTimestamp?.toISOString() ?? '');
    const now = Date.parse(String((await control('GET', '/_chime/clock'))['now']));
    await control('POST', '/_chime/clock/advance', { ms: expiry - now });
    expect(await sdkError(v.send(new voice.GetVoiceProfileCommand({ VoiceProfileId })))).toMatchObject({ name: 'NotFoundException' });
    expect(await control('GET', '/_chime/state')).toMatchObject({ clock: 'manual', voiceProfiles: { count: 1, expired: 1 } });
  });

  it('with boto3: the same windows, seen by Python', { timeout: 60_000 }, async () => {
    const boto3 = await probe('python3', ['-c', 'import boto3']);
    if (!boto3.ok && process.env['CI'] !== 'true') return console.warn(`boto3 part skipped: ${boto3.reason}`);
    const ran = await run('python3', [resolve(repoRoot, 'test/python/driveControlPlane.py'), served.url], 50_000);
    expect(ran.code, ran.stderr).toBe(0);
    expect(JSON.parse(ran.stdout)).toEqual({
      unknownCall: 'NotFoundException',
      beforeAdvance: 'IN_QUEUE',
      afterAdvance: 'SUCCEEDED',
      profile: 'ok',
      lateProfile: 'GoneException',
      afterSevenDays: 'NotFoundException',
      state: 1,
    });
  });
});

describe('serve --timings fast --no-control-plane', () => {
  it('moves statuses on fast timings by the system clock, and answers no /_chime/ path', { timeout: 30_000 }, async () => {
    const plain = await serveProcess(['--timings', 'fast', '--no-control-plane']);
    try {
      const { voice: v } = sdkClients(plain.url);
      const started = await v.send(new voice.StartVoiceToneAnalysisTaskCommand({ VoiceConnectorId: vc, TransactionId: 'fast-1', LanguageCode: 'en-US' }));
      await new Promise((r) => setTimeout(r, 100)); // fast: 15 ms in the queue
      const got = await v.send(new voice.GetVoiceToneAnalysisTaskCommand({ VoiceConnectorId: vc, VoiceToneAnalysisTaskId: started.VoiceToneAnalysisTask?.VoiceToneAnalysisTaskId, IsCaller: true }));
      expect(got.VoiceToneAnalysisTask?.VoiceToneAnalysisTaskStatus).toBe('IN_PROGRESS');
      const res = await fetch(`${plain.url}/_chime/clock`);
      expect([res.status, res.headers.get('x-amzn-errortype')]).toEqual([404, 'UnknownOperationException']);
    } finally {
      expect(await plain.stop()).toBe(0);
    }
  });
});
