import { idIn, resourceNamed } from './resources.js';
import { must, type Target } from '../reach/target.js';
import { worldOf, type LiveCall } from './world.js';

/** Resources the checks create on the target so that valid requests name things that exist. */
export const defaultConnector = 'abcdef1234567890abcde';
const domainArn = 'arn:aws:chime:us-east-1:111122223333:voice-profile-domain/verify';
/** The encryption of verify's domains: the world's KMS key (a fixture's on the real service). */
export const kmsOf = (t: Target): { readonly KmsKeyArn: string } => ({ KmsKeyArn: worldOf(t).kmsKeyArn });

/**
 * The ID a setup step's answer must carry. Without it a case would go on to send a request with an empty ID and
 * blame the wrong operation; the setup step is named instead.
 */
export function idFrom(json: Record<string, unknown>, step: string, outer: string, inner: string): string {
  const id = idIn(resourceNamed(json, outer), inner);
  if (id !== undefined) return id;
  throw new Error(`setup step ${step} answered success without ${outer}.${inner}, so nothing could be made for this case`);
}

export async function createDomain(t: Target, written: Record<string, unknown> = {}): Promise<string> {
  const json = await must(t, 'voice.CreateVoiceProfileDomain', { Name: t.unique('verify'), ServerSideEncryptionConfiguration: kmsOf(t), ...written });
  return idFrom(json, 'voice.CreateVoiceProfileDomain', 'VoiceProfileDomain', 'VoiceProfileDomainId');
}

export type Kind = 'SpeakerSearchTask' | 'VoiceToneAnalysisTask';

/** Starts a Media Pipelines task on a stream of its own, so it conflicts with nothing. */
export async function startPipelineTask(t: Target, kind: Kind, identifier: string): Promise<string> {
  const stream = { StreamArn: `arn:aws:kinesisvideo:us-east-1:111122223333:stream/${t.unique('s')}/1`, ChannelId: 0 };
  const input = { Identifier: identifier, VoiceProfileDomainArn: domainArn, LanguageCode: 'en-US', KinesisVideoStreamSourceTaskConfiguration: stream };
  return idFrom(await must(t, `media-pipelines.Start${kind}`, input), `media-pipelines.Start${kind}`, kind, `${kind}Id`);
}

/** A live call of its own, from the run's world; on the given Voice Connector where the world allows. */
export const newCall = (t: Target, connector = defaultConnector): Promise<LiveCall> => worldOf(t).call({ voiceConnectorId: connector, transactionId: t.unique('call') });

export interface VoiceCall extends LiveCall {
  readonly callLeg?: 'Caller' | 'Callee';
}

/** Starts a Voice task on the call given (a new one from `newCall`), on one leg where it is a speaker search. */
export async function startVoiceTask(t: Target, kind: Kind, domain: string, on: VoiceCall): Promise<string> {
  const leg = kind === 'SpeakerSearchTask' && on.callLeg ? { CallLeg: on.callLeg } : {};
  const input = { VoiceConnectorId: on.voiceConnectorId, TransactionId: on.transactionId, LanguageCode: 'en-US', VoiceProfileDomainId: domain, ...leg };
  return idFrom(await must(t, `voice.Start${kind}`, input), `voice.Start${kind}`, kind, `${kind}Id`);
}

/** The target's speaker searches do not succeed: no voiceprint will come from asking again. */
export class NoVoiceprint extends Error {}
