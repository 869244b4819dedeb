import { must, type Target } from './target.js';

/** Resources the checks create on the target so that valid requests name things that exist. */
export const defaultConnector = 'abcdef1234567890abcde';
const domainArn = 'arn:aws:chime:us-east-1:111122223333:voice-profile-domain/verify';
const kms = { KmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/verify' };

const field = (json: Record<string, unknown>, outer: string, inner: string): string =>
  String((json[outer] as Record<string, unknown> | undefined)?.[inner] ?? '');

export async function createDomain(t: Target): Promise<string> {
  const json = await must(t, 'voice.CreateVoiceProfileDomain', { Name: t.unique('verify'), ServerSideEncryptionConfiguration: kms });
  return field(json, 'VoiceProfileDomain', 'VoiceProfileDomainId');
}

export type Kind = 'SpeakerSearchTask' | 'VoiceToneAnalysisTask';

/** Starts a Media Pipelines task on a stream of its own, so it conflicts with nothing. */
export async function startPipelineTask(t: Target, kind: Kind, identifier: string): Promise<string> {
  const stream = { StreamArn: `arn:aws:kinesisvideo:us-east-1:111122223333:stream/${t.unique('s')}/1`, ChannelId: 0 };
  const input = { Identifier: identifier, VoiceProfileDomainArn: domainArn, LanguageCode: 'en-US', KinesisVideoStreamSourceTaskConfiguration: stream };
  return field(await must(t, `media-pipelines.Start${kind}`, input), kind, `${kind}Id`);
}

/** Starts a Voice task on a call of its own. */
export async function startVoiceTask(t: Target, kind: Kind, connector = defaultConnector, domain?: string): Promise<string> {
  const input = { VoiceConnectorId: connector, TransactionId: t.unique('call'), LanguageCode: 'en-US', VoiceProfileDomainId: domain ?? (await createDomain(t)) };
  return field(await must(t, `voice.Start${kind}`, input), kind, `${kind}Id`);
}

/** A Voice speaker search that SUCCEEDED (a voiceprint), polling until it does or `timeoutMs` passes. */
export async function finishedSearch(t: Target, domain: string, timeoutMs = 15_000): Promise<string> {
  const id = await startVoiceTask(t, 'SpeakerSearchTask', defaultConnector, domain);
  const deadline = Date.now() + timeoutMs;
  for (let wait = 10; Date.now() < deadline; wait = Math.min(wait * 2, t.pollCapMs ?? 500)) {
    const json = await must(t, 'voice.GetSpeakerSearchTask', { VoiceConnectorId: defaultConnector, SpeakerSearchTaskId: id });
    const status = field(json, 'SpeakerSearchTask', 'SpeakerSearchTaskStatus');
    if (status === 'SUCCEEDED') return id;
    if (['FAILED', 'STOPPED', 'PARTIAL_SUCCESS'].includes(status)) throw new Error(`setup: speaker search ${id} ended ${status}`);
    await new Promise((r) => setTimeout(r, wait));
  }
  throw new Error(`setup: speaker search ${id} did not succeed within ${timeoutMs} ms`);
}

export async function createProfile(t: Target, domain: string): Promise<string> {
  const json = await must(t, 'voice.CreateVoiceProfile', { SpeakerSearchTaskId: await finishedSearch(t, domain) });
  return field(json, 'VoiceProfile', 'VoiceProfileId');
}
