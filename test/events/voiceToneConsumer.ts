/**
 * An event handler written the way the AWS Live Call Analytics sample's voice tone processor is (our own code):
 * AnalyticsReady starts a voice tone analysis through the API (with the call ID as its token, or none); each
 * VoiceToneAnalysisSuccessful becomes a sentiment segment read from currentAverageVoiceTone, its times parsed
 * with fractional seconds and its scores as numbers.
 */
import { type ChimeSDKVoiceClient, StartVoiceToneAnalysisTaskCommand } from '@aws-sdk/client-chime-sdk-voice';

export interface Segment {
  readonly taskId: string;
  readonly isCaller: boolean;
  readonly label: string;
  readonly positive: number;
  readonly negative: number;
  readonly neutral: number;
  readonly startMs: number;
  readonly endMs: number;
}

type Detail = Record<string, unknown> & { detailStatus?: string };

/** Like Python's strptime('%Y-%m-%dT%H:%M:%S.%fZ'): fractional seconds required, anything else refused. */
function parseTime(text: unknown): number {
  if (typeof text !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{1,6}Z$/.test(text)) throw new Error(`not a %Y-%m-%dT%H:%M:%S.%fZ time: ${String(text)}`);
  return Date.parse(text);
}

function score(value: unknown): number {
  const n = typeof value === 'number' ? value : Number.parseFloat(String(value));
  if (!Number.isFinite(n)) throw new Error(`not a score: ${String(value)}`);
  return n;
}

/**
 * `call id` passes the call ID as ClientRequestToken (the sample's way: one task for both legs' events);
 * `none` passes no token, so each leg's AnalyticsReady starts a task of its own, as a handler written without
 * idempotency in mind does.
 */
export type TokenShape = 'call id' | 'none';

export function voiceToneConsumer(voice: ChimeSDKVoiceClient, token: TokenShape = 'call id') {
  const segments: Segment[] = [];
  const started: string[] = [];
  async function handle(event: { 'detail-type': string; detail: Detail }): Promise<void> {
    const d = event.detail;
    if (d.detailStatus === 'AnalyticsReady') {
      const answer = await voice.send(
        new StartVoiceToneAnalysisTaskCommand({
          VoiceConnectorId: String(d['voiceConnectorId']),
          TransactionId: String(d['transactionId']),
          LanguageCode: 'en-US',
          ...(token === 'call id' ? { ClientRequestToken: String(d['callId']) } : {}),
        }),
      );
      started.push(answer.VoiceToneAnalysisTask?.VoiceToneAnalysisTaskId ?? '');
    } else if (d.detailStatus === 'VoiceToneAnalysisSuccessful') {
      const tone = (d['voiceToneAnalysisDetails'] as Record<string, Record<string, unknown>>)['currentAverageVoiceTone'] ?? {};
      const scores = tone['voiceToneScore'] as Record<string, unknown>;
      segments.push({
        taskId: String(d['taskId']),
        isCaller: d['isCaller'] === true,
        label: String(tone['voiceToneLabel']),
        positive: score(scores['positive']),
        negative: score(scores['negative']),
        neutral: score(scores['neutral']),
        startMs: parseTime(tone['startTime']),
        endMs: parseTime(tone['endTime']),
      });
    }
  }
  return { handle, segments, started };
}
