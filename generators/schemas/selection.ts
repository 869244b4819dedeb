/** Which services and operations of the AWS models form the contract. */
export type ServiceName = 'media-pipelines' | 'voice';

export interface ServiceSelection {
  readonly service: ServiceName;
  /** File name in ../shared/reference/botocore. */
  readonly modelFile: string;
  /** Folder under python botocore's data/ folder. */
  readonly botocoreData: string;
  readonly operations: readonly string[];
}

const taskOperations = ['StartSpeakerSearchTask', 'GetSpeakerSearchTask', 'StopSpeakerSearchTask', 'StartVoiceToneAnalysisTask', 'GetVoiceToneAnalysisTask', 'StopVoiceToneAnalysisTask'] as const;

export const selection: readonly ServiceSelection[] = [
  {
    service: 'media-pipelines',
    modelFile: 'chime-sdk-media-pipelines-2021-07-15.service-2.json',
    botocoreData: 'chime-sdk-media-pipelines/2021-07-15',
    operations: taskOperations,
  },
  {
    service: 'voice',
    modelFile: 'chime-sdk-voice-2022-08-03.service-2.json',
    botocoreData: 'chime-sdk-voice/2022-08-03',
    operations: [
      ...taskOperations,
      'CreateVoiceProfileDomain',
      'GetVoiceProfileDomain',
      'UpdateVoiceProfileDomain',
      'DeleteVoiceProfileDomain',
      'ListVoiceProfileDomains',
      'CreateVoiceProfile',
      'GetVoiceProfile',
      'UpdateVoiceProfile',
      'DeleteVoiceProfile',
      'ListVoiceProfiles',
    ],
  },
];
