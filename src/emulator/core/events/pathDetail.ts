import type { CoreOptions } from '../options.js';
import type { Task } from '../state.js';

/** The Voice Connector path: the call the task listens to, and which leg. */
export function voiceCallDetail(voiceConnectorId: string, transactionId: string, callId: string, isCaller: boolean): Record<string, unknown> {
  return { voiceConnectorId, transactionId, callId, isCaller };
}

/**
 * The media insights pipeline path: the pipeline, its source, and the stream channel the task listens to. A
 * task started without a Kinesis Video Streams source listens to the pipeline's own stream, which the emulator
 * does not know: it names one after the pipeline, channel 0.
 */
export function pipelineDetail(task: Task, options: CoreOptions): Record<string, unknown> {
  const pipelineStream = `arn:aws:kinesisvideo:${options.region}:${options.accountId}:stream/${task.scope}/0`;
  const [streamArn = pipelineStream, channelId = '0'] = task.target === '' ? [] : task.target.split('#');
  return {
    mediaInsightsPipelineId: task.scope,
    sourceArn: `arn:aws:chime:${options.region}:${options.accountId}:media-pipeline/${task.scope}`,
    streamArn,
    channelId: Number(channelId),
  };
}
