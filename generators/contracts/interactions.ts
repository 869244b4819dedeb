/**
 * The canonical interactions of the AWS SDK for JavaScript v3 with each provider: every operation's success,
 * and its NotFound, BadRequest and Conflict answers where the model has them. Values are fixed so that the
 * generated pact files are the same on every run.
 */
import type { InteractionSpec } from '../../src/pact/chimePact.js';

export interface CanonicalInteraction extends InteractionSpec {
  readonly operation: string;
}

const pipeline = 'p-1';
const activeTask = '00000000-0000-4000-8000-000000000001';
const missingTask = '00000000-0000-4000-8000-000000000404';
const stream = { StreamArn: 'arn:aws:kinesisvideo:us-east-1:111122223333:stream/call-1/1700000000000', ChannelId: 0 };
const streamTarget = `${stream.StreamArn}#0`;
const domainArn = 'arn:aws:chime:us-east-1:111122223333:voice-profile-domain/d-1';
const kmsKeyArn = 'arn:aws:kms:us-east-1:111122223333:key/k-1';
const vc = 'abcdef1234567890abcde';
const domainId = 'd-1';
const at = '2026-11-22T10:00:00.000Z';

const mpTask = (kind: 'SpeakerSearchTask' | 'VoiceToneAnalysisTask', id: string, status: string) => ({
  [kind]: { [`${kind}Id`]: id, [`${kind}Status`]: status, CreatedTimestamp: at, UpdatedTimestamp: at },
});
const voiceTask = (kind: 'SpeakerSearchTask' | 'VoiceToneAnalysisTask', id: string, status: string, transactionId: string, isCaller: boolean) => ({
  [kind]: { [`${kind}Id`]: id, [`${kind}Status`]: status, CallDetails: { VoiceConnectorId: vc, TransactionId: transactionId, IsCaller: isCaller }, CreatedTimestamp: at, UpdatedTimestamp: at },
});
const domain = { VoiceProfileDomainId: domainId, VoiceProfileDomainArn: domainArn, Name: 'agents', CreatedTimestamp: at, UpdatedTimestamp: at };
const profile = {
  VoiceProfileId: 'vp-1',
  VoiceProfileArn: 'arn:aws:chime:us-east-1:111122223333:voice-profile/vp-1',
  VoiceProfileDomainId: domainId,
  CreatedTimestamp: at,
  UpdatedTimestamp: at,
  ExpirationTimestamp: '2029-11-21T10:00:00.000Z',
};

const domainExists = { state: 'a voice profile domain exists', params: { domainId, name: 'agents', kmsKeyArn } };
const profileExists = { state: 'a voice profile exists', params: { profileId: 'vp-1', domainId, enrolledTaskId: 'vss-enrolled', voiceConnectorId: vc, kmsKeyArn } };
const search = (state: string, taskId: string, transactionId: string) => ({ state, params: { taskId, voiceConnectorId: vc, transactionId, domainId, kmsKeyArn } });
// A Voice task can start only on a live call (strict resources hold the emulator to this, as the service is).
const callLive = (transactionId: string) => ({ state: 'a call is live on a Voice Connector', params: { voiceConnectorId: vc, transactionId } });
const mpActive = (kind: string, target: string, more: Record<string, string> = {}) => ({
  state: `a Media Pipelines ${kind} task is active`,
  params: { taskId: activeTask, pipeline, target, ...more },
});
// Conflict where the documents give one: a ClientRequestToken an earlier Start used, sent with another input.
const earlier = 'contract-token-earlier';

function mediaPipelinesTasks(kind: 'SpeakerSearchTask' | 'VoiceToneAnalysisTask', words: string): CanonicalInteraction[] {
  const idMember = `${kind}Id`;
  const start = kind === 'SpeakerSearchTask' ? { VoiceProfileDomainArn: domainArn } : { LanguageCode: 'en-US' };
  const startRequest = { Identifier: pipeline, ...start, KinesisVideoStreamSourceTaskConfiguration: stream, ClientRequestToken: `contract-${kind}` };
  return [
    {
      operation: `media-pipelines.Start${kind}`,
      given: { state: 'a media insights pipeline exists', params: { pipeline } },
      request: startRequest,
      response: { body: mpTask(kind, '00000000-0000-4000-8000-0000000000aa', 'NotStarted') },
    },
    { operation: `media-pipelines.Start${kind}`, request: { ...startRequest, KinesisVideoStreamSourceTaskConfiguration: { ...stream, ChannelId: 2 } }, response: { error: 'BadRequestException' } },
    {
      operation: `media-pipelines.Start${kind}`,
      given: mpActive(words, streamTarget, { clientRequestToken: earlier }),
      request: { ...startRequest, ClientRequestToken: earlier },
      response: { error: 'ConflictException' },
    },
    { operation: `media-pipelines.Get${kind}`, given: mpActive(words, ''), request: { Identifier: pipeline, [idMember]: activeTask }, response: { body: mpTask(kind, activeTask, 'NotStarted') } },
    { operation: `media-pipelines.Get${kind}`, given: 'nothing exists', request: { Identifier: pipeline, [idMember]: missingTask }, response: { error: 'NotFoundException' } },
    { operation: `media-pipelines.Get${kind}`, request: { Identifier: pipeline, [idMember]: 'not-a-guid' }, response: { error: 'BadRequestException' } },
    { operation: `media-pipelines.Stop${kind}`, given: mpActive(words, ''), request: { Identifier: pipeline, [idMember]: activeTask }, response: {} },
    { operation: `media-pipelines.Stop${kind}`, given: 'nothing exists', request: { Identifier: pipeline, [idMember]: missingTask }, response: { error: 'NotFoundException' } },
    { operation: `media-pipelines.Stop${kind}`, request: { Identifier: '   ', [idMember]: activeTask }, response: { error: 'BadRequestException' } },
  ];
}

export const mediaPipelinesInteractions: CanonicalInteraction[] = [
  ...mediaPipelinesTasks('SpeakerSearchTask', 'speaker search'),
  ...mediaPipelinesTasks('VoiceToneAnalysisTask', 'voice tone analysis'),
];

const badConnector = 'NOT-A-VOICE-CONNECTOR';

export const voiceInteractions: CanonicalInteraction[] = [
  {
    operation: 'voice.StartSpeakerSearchTask',
    given: [domainExists, callLive('tx-1')],
    request: { VoiceConnectorId: vc, TransactionId: 'tx-1', VoiceProfileDomainId: domainId, CallLeg: 'Caller' },
    response: { body: voiceTask('SpeakerSearchTask', 'vss-new', 'IN_QUEUE', 'tx-1', true) },
  },
  {
    operation: 'voice.StartSpeakerSearchTask',
    given: 'nothing exists',
    request: { VoiceConnectorId: vc, TransactionId: 'tx-1', VoiceProfileDomainId: 'missing' },
    response: { error: 'NotFoundException' },
  },
  { operation: 'voice.StartSpeakerSearchTask', request: { VoiceConnectorId: vc, TransactionId: 'tx-1', VoiceProfileDomainId: domainId, CallLeg: 'Bogus' }, response: { error: 'BadRequestException' } },
  {
    operation: 'voice.StartSpeakerSearchTask',
    given: { ...search('a Voice speaker search task is active', 'vss-1', 'tx-busy'), params: { ...search('', 'vss-1', 'tx-busy').params, clientRequestToken: earlier } },
    request: { VoiceConnectorId: vc, TransactionId: 'tx-busy', VoiceProfileDomainId: domainId, CallLeg: 'Caller', ClientRequestToken: earlier },
    response: { error: 'ConflictException' },
  },
  {
    operation: 'voice.GetSpeakerSearchTask',
    given: search('a Voice speaker search task is active', 'vss-1', 'tx-1'),
    request: { VoiceConnectorId: vc, SpeakerSearchTaskId: 'vss-1' },
    response: { body: voiceTask('SpeakerSearchTask', 'vss-1', 'IN_QUEUE', 'tx-1', true) },
  },
  { operation: 'voice.GetSpeakerSearchTask', given: 'nothing exists', request: { VoiceConnectorId: vc, SpeakerSearchTaskId: 'missing' }, response: { error: 'NotFoundException' } },
  { operation: 'voice.GetSpeakerSearchTask', request: { VoiceConnectorId: badConnector, SpeakerSearchTaskId: 'vss-1' }, response: { error: 'BadRequestException' } },
  { operation: 'voice.StopSpeakerSearchTask', given: search('a Voice speaker search task is active', 'vss-1', 'tx-1'), request: { VoiceConnectorId: vc, SpeakerSearchTaskId: 'vss-1' }, response: {} },
  { operation: 'voice.StopSpeakerSearchTask', given: 'nothing exists', request: { VoiceConnectorId: vc, SpeakerSearchTaskId: 'missing' }, response: { error: 'NotFoundException' } },
  { operation: 'voice.StopSpeakerSearchTask', request: { VoiceConnectorId: badConnector, SpeakerSearchTaskId: 'vss-1' }, response: { error: 'BadRequestException' } },
  {
    operation: 'voice.StartVoiceToneAnalysisTask',
    given: callLive('tx-2'),
    request: { VoiceConnectorId: vc, TransactionId: 'tx-2', LanguageCode: 'en-US' },
    response: { body: voiceTask('VoiceToneAnalysisTask', 'vta-new', 'IN_QUEUE', 'tx-2', true) },
  },
  { operation: 'voice.StartVoiceToneAnalysisTask', request: { VoiceConnectorId: vc, TransactionId: 'tx-2', LanguageCode: 'en-GB' }, response: { error: 'BadRequestException' } },
  {
    operation: 'voice.StartVoiceToneAnalysisTask',
    given: { state: 'a Voice voice tone analysis task is active', params: { taskId: 'vta-1', voiceConnectorId: vc, transactionId: 'tx-busy', clientRequestToken: earlier } },
    request: { VoiceConnectorId: vc, TransactionId: 'tx-busy', LanguageCode: 'en-US', ClientRequestToken: earlier },
    response: { error: 'ConflictException' },
  },
  {
    operation: 'voice.GetVoiceToneAnalysisTask',
    given: { state: 'a Voice voice tone analysis task is active', params: { taskId: 'vta-1', voiceConnectorId: vc, transactionId: 'tx-2' } },
    request: { VoiceConnectorId: vc, VoiceToneAnalysisTaskId: 'vta-1', IsCaller: false },
    response: { body: voiceTask('VoiceToneAnalysisTask', 'vta-1', 'IN_QUEUE', 'tx-2', false) },
  },
  {
    operation: 'voice.GetVoiceToneAnalysisTask',
    given: 'nothing exists',
    request: { VoiceConnectorId: vc, VoiceToneAnalysisTaskId: 'missing', IsCaller: true },
    response: { error: 'NotFoundException' },
  },
  { operation: 'voice.GetVoiceToneAnalysisTask', request: { VoiceConnectorId: badConnector, VoiceToneAnalysisTaskId: 'vta-1', IsCaller: true }, response: { error: 'BadRequestException' } },
  {
    operation: 'voice.StopVoiceToneAnalysisTask',
    given: { state: 'a Voice voice tone analysis task is active', params: { taskId: 'vta-1', voiceConnectorId: vc, transactionId: 'tx-2' } },
    request: { VoiceConnectorId: vc, VoiceToneAnalysisTaskId: 'vta-1' },
    response: {},
  },
  { operation: 'voice.StopVoiceToneAnalysisTask', given: 'nothing exists', request: { VoiceConnectorId: vc, VoiceToneAnalysisTaskId: 'missing' }, response: { error: 'NotFoundException' } },
  { operation: 'voice.StopVoiceToneAnalysisTask', request: { VoiceConnectorId: badConnector, VoiceToneAnalysisTaskId: 'vta-1' }, response: { error: 'BadRequestException' } },
  {
    operation: 'voice.CreateVoiceProfileDomain',
    request: { Name: 'agents', ServerSideEncryptionConfiguration: { KmsKeyArn: kmsKeyArn }, ClientRequestToken: 'contract-domain' },
    response: { body: { VoiceProfileDomain: { ...domain, ServerSideEncryptionConfiguration: { KmsKeyArn: kmsKeyArn } } } },
  },
  { operation: 'voice.CreateVoiceProfileDomain', request: { Name: '!!!', ServerSideEncryptionConfiguration: { KmsKeyArn: kmsKeyArn } }, response: { error: 'BadRequestException' } },
  {
    operation: 'voice.GetVoiceProfileDomain',
    given: domainExists,
    request: { VoiceProfileDomainId: domainId },
    response: { body: { VoiceProfileDomain: { ...domain, ServerSideEncryptionConfiguration: { KmsKeyArn: kmsKeyArn } } } },
  },
  { operation: 'voice.GetVoiceProfileDomain', given: 'nothing exists', request: { VoiceProfileDomainId: 'missing' }, response: { error: 'NotFoundException' } },
  { operation: 'voice.GetVoiceProfileDomain', request: { VoiceProfileDomainId: '   ' }, response: { error: 'BadRequestException' } },
  {
    operation: 'voice.UpdateVoiceProfileDomain',
    given: domainExists,
    request: { VoiceProfileDomainId: domainId, Name: 'renamed' },
    response: { body: { VoiceProfileDomain: { ...domain, Name: 'renamed', ServerSideEncryptionConfiguration: { KmsKeyArn: kmsKeyArn } } } },
  },
  { operation: 'voice.UpdateVoiceProfileDomain', given: 'nothing exists', request: { VoiceProfileDomainId: 'missing', Name: 'renamed' }, response: { error: 'NotFoundException' } },
  { operation: 'voice.UpdateVoiceProfileDomain', request: { VoiceProfileDomainId: domainId, Name: '!!!' }, response: { error: 'BadRequestException' } },
  { operation: 'voice.DeleteVoiceProfileDomain', given: domainExists, request: { VoiceProfileDomainId: domainId }, response: {} },
  { operation: 'voice.DeleteVoiceProfileDomain', given: 'nothing exists', request: { VoiceProfileDomainId: 'missing' }, response: { error: 'NotFoundException' } },
  { operation: 'voice.DeleteVoiceProfileDomain', request: { VoiceProfileDomainId: '   ' }, response: { error: 'BadRequestException' } },
  // The domain goes with its profiles: "Deletes all voice profiles in the domain".
  { operation: 'voice.DeleteVoiceProfileDomain', given: profileExists, request: { VoiceProfileDomainId: domainId }, response: {} },
  { operation: 'voice.ListVoiceProfileDomains', given: domainExists, request: { MaxResults: 10 }, response: { body: { VoiceProfileDomains: [domain] } } },
  { operation: 'voice.ListVoiceProfileDomains', request: { MaxResults: 101 }, response: { error: 'BadRequestException' } },
  {
    operation: 'voice.CreateVoiceProfile',
    given: search('a Voice speaker search task has succeeded', 'vss-done', 'tx-3'),
    request: { SpeakerSearchTaskId: 'vss-done' },
    response: { body: { VoiceProfile: profile } },
  },
  { operation: 'voice.CreateVoiceProfile', given: 'nothing exists', request: { SpeakerSearchTaskId: 'missing' }, response: { error: 'NotFoundException' } },
  { operation: 'voice.CreateVoiceProfile', request: { SpeakerSearchTaskId: '   ' }, response: { error: 'BadRequestException' } },
  {
    operation: 'voice.CreateVoiceProfile',
    given: search('a Voice speaker search task is active', 'vss-1', 'tx-1'),
    request: { SpeakerSearchTaskId: 'vss-1' },
    response: { error: 'ConflictException' },
  },
  { operation: 'voice.GetVoiceProfile', given: profileExists, request: { VoiceProfileId: 'vp-1' }, response: { body: { VoiceProfile: profile } } },
  { operation: 'voice.GetVoiceProfile', given: 'nothing exists', request: { VoiceProfileId: 'missing' }, response: { error: 'NotFoundException' } },
  { operation: 'voice.GetVoiceProfile', request: { VoiceProfileId: '   ' }, response: { error: 'BadRequestException' } },
  {
    operation: 'voice.UpdateVoiceProfile',
    given: [profileExists, search('a Voice speaker search task has succeeded', 'vss-done', 'tx-3')],
    request: { VoiceProfileId: 'vp-1', SpeakerSearchTaskId: 'vss-done' },
    response: { body: { VoiceProfile: profile } },
  },
  { operation: 'voice.UpdateVoiceProfile', given: 'nothing exists', request: { VoiceProfileId: 'missing', SpeakerSearchTaskId: 'vss-done' }, response: { error: 'NotFoundException' } },
  { operation: 'voice.UpdateVoiceProfile', request: { VoiceProfileId: 'vp-1', SpeakerSearchTaskId: '   ' }, response: { error: 'BadRequestException' } },
  { operation: 'voice.DeleteVoiceProfile', given: profileExists, request: { VoiceProfileId: 'vp-1' }, response: {} },
  { operation: 'voice.DeleteVoiceProfile', given: 'nothing exists', request: { VoiceProfileId: 'missing' }, response: { error: 'NotFoundException' } },
  { operation: 'voice.DeleteVoiceProfile', request: { VoiceProfileId: '   ' }, response: { error: 'BadRequestException' } },
  { operation: 'voice.ListVoiceProfiles', given: profileExists, request: { VoiceProfileDomainId: domainId }, response: { body: { VoiceProfiles: [profile] } } },
  { operation: 'voice.ListVoiceProfiles', given: 'nothing exists', request: { VoiceProfileDomainId: 'missing' }, response: { error: 'NotFoundException' } },
  { operation: 'voice.ListVoiceProfiles', request: { VoiceProfileDomainId: domainId, MaxResults: 0 }, response: { error: 'BadRequestException' } },
];
