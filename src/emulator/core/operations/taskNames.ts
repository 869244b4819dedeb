import type { TaskKind } from '../state.js';

/** The member names each task kind uses on the wire, the same in both services. */
export const taskNames = {
  'speaker-search': { task: 'SpeakerSearchTask', id: 'SpeakerSearchTaskId', status: 'SpeakerSearchTaskStatus' },
  'voice-tone-analysis': { task: 'VoiceToneAnalysisTask', id: 'VoiceToneAnalysisTaskId', status: 'VoiceToneAnalysisTaskStatus' },
} as const satisfies Record<TaskKind, unknown>;
