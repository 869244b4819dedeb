import type { EmulatorCore } from '../../emulator/core/createCore.js';
import type { EventPath } from './eventStatuses.js';

const vc = 'abcdef1234567890abcde';
const pipeline = 'p-1';
const kvs = { StreamArn: 'arn:aws:kinesisvideo:us-east-1:111122223333:stream/call-1/1700000000000', ChannelId: 0 };
/** Long enough for any task under the fast timings to reach the status the scenario waits for. */
const later = 60_000;

function run(core: EmulatorCore, operation: string, input: Record<string, unknown>): Record<string, Record<string, string>> {
  const result = core.invoke(operation, input);
  if (!result.ok) throw new Error(`chime-conformance pact: the event scenario's ${operation} failed: ${result.error.message}`);
  return result.output as Record<string, Record<string, string>>;
}

/** A voice profile domain, with one enrolled profile when a search is to find someone. */
function domain(core: EmulatorCore, enrolled: boolean): string {
  const id =
    run(core, 'voice.CreateVoiceProfileDomain', { Name: 'agents', ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k-1' } })['VoiceProfileDomain']?.[
      'VoiceProfileDomainId'
    ] ?? '';
  if (!enrolled) return id;
  const enrolment = run(core, 'voice.StartSpeakerSearchTask', { VoiceConnectorId: vc, TransactionId: 'enrolment', VoiceProfileDomainId: id });
  core.clock.advance(later);
  run(core, 'voice.CreateVoiceProfile', { SpeakerSearchTaskId: enrolment['SpeakerSearchTask']?.['SpeakerSearchTaskId'] });
  return id;
}

/** Starts a speaker search on the path and answers its task ID. */
function search(core: EmulatorCore, path: EventPath, enrolled: boolean): string {
  const d = domain(core, enrolled);
  if (path === 'media insights pipeline') {
    const arn = `arn:aws:chime:us-east-1:111122223333:voice-profile-domain/${d}`;
    return (
      run(core, 'media-pipelines.StartSpeakerSearchTask', { Identifier: pipeline, VoiceProfileDomainArn: arn, KinesisVideoStreamSourceTaskConfiguration: kvs })['SpeakerSearchTask']?.[
        'SpeakerSearchTaskId'
      ] ?? ''
    );
  }
  core.startCall(vc, 'tx-1', 'call-1');
  return run(core, 'voice.StartSpeakerSearchTask', { VoiceConnectorId: vc, TransactionId: 'tx-1', VoiceProfileDomainId: d, CallLeg: 'Caller' })['SpeakerSearchTask']?.['SpeakerSearchTaskId'] ?? '';
}

/** Starts a voice tone analysis on the path and lets it hear some speech; `end` ends it the usual way. */
function tone(core: EmulatorCore, path: EventPath): { taskId: string; end: () => void } {
  if (path === 'media insights pipeline') {
    const taskId =
      run(core, 'media-pipelines.StartVoiceToneAnalysisTask', { Identifier: pipeline, LanguageCode: 'en-US', KinesisVideoStreamSourceTaskConfiguration: kvs })['VoiceToneAnalysisTask']?.[
        'VoiceToneAnalysisTaskId'
      ] ?? '';
    core.clock.advance(later);
    return { taskId, end: () => void run(core, 'media-pipelines.StopVoiceToneAnalysisTask', { Identifier: pipeline, VoiceToneAnalysisTaskId: taskId }) };
  }
  core.startCall(vc, 'tx-1', 'call-1');
  const taskId = run(core, 'voice.StartVoiceToneAnalysisTask', { VoiceConnectorId: vc, TransactionId: 'tx-1', LanguageCode: 'en-US' })['VoiceToneAnalysisTask']?.['VoiceToneAnalysisTaskId'] ?? '';
  core.clock.advance(later);
  return { taskId, end: () => void core.endCall(vc, 'tx-1') };
}

const failing = (core: EmulatorCore, taskId: string): void => void core.failTask(taskId, 'the scenario failed it');

/** For each status the emulator sends, what makes it send one on a path: real operations on a manual clock. */
export const eventScenarios: Readonly<Record<string, (core: EmulatorCore, path: EventPath) => void>> = {
  AnalyticsReady: (core) => void core.startCall(vc, 'tx-1', 'call-1'),
  IdentificationSuccessful: (core, path) => void search(core, path, true),
  IdentificationNoMatchesFound: (core, path) => void search(core, path, false),
  VoiceprintGenerationSuccess: (core, path) => void search(core, path, false),
  IdentificationFailure: (core, path) => failing(core, search(core, path, true)),
  VoiceprintGenerationFailure: (core, path) => failing(core, search(core, path, true)),
  VoiceToneAnalysisSuccessful: (core, path) => void tone(core, path),
  VoiceToneAnalysisCompleted: (core, path) => tone(core, path).end(),
  VoiceToneAnalysisFailure: (core, path) => failing(core, tone(core, path).taskId),
};
