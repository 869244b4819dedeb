import type { CoreOptions } from '../options.js';
import type { Task } from '../state.js';

/** What every voice analytics detail starts with. */
const common = { 'service-type': 'VoiceAnalytics' } as const;

/** The Voice Connector path: the call the task listens to, and which leg. */
export function voiceCallDetail(voiceConnectorId: string, transactionId: string, callId: string, isCaller: boolean): Record<string, unknown> {
  return { ...common, voiceConnectorId, transactionId, callId, isCaller };
}

/** The media insights pipeline path: the pipeline, its source, and the stream channel when the task names one. */
export function pipelineDetail(task: Task, options: CoreOptions): Record<string, unknown> {
  const [streamArn, channelId] = task.target === '' ? [] : task.target.split('#');
  return {
    ...common,
    mediaInsightsPipelineId: task.scope,
    sourceArn: `arn:aws:chime:${options.region}:${options.accountId}:media-pipeline/${task.scope}`,
    ...(streamArn ? { streamArn } : {}),
    ...(channelId !== undefined ? { channelId: Number(channelId) } : {}),
  };
}
