import fc from 'fast-check';
import { arbitraries } from 'chime-conformance';

// Your handler for voice tone results (shaped like the AWS Live Call Analytics sample's): a sentiment segment.
function toSegment(event: Record<string, unknown>) {
  const detail = event['detail'] as Record<string, unknown>;
  if (detail['detailStatus'] !== 'VoiceToneAnalysisSuccessful') return undefined;
  const tone = (detail['voiceToneAnalysisDetails'] as Record<string, Record<string, unknown>>)['currentAverageVoiceTone'];
  const scores = tone?.['voiceToneScore'] as Record<string, unknown>;
  const segment = {
    taskId: String(detail['taskId']),
    caller: detail['isCaller'] !== false,
    label: String(tone?.['voiceToneLabel']),
    positive: Number(scores['positive']),
    start: Date.parse(String(tone?.['startTime'])),
  };
  if (Number.isNaN(segment.positive) || Number.isNaN(segment.start)) throw new Error(`unreadable result: ${JSON.stringify(tone)}`);
  return segment;
}

// Every event the documents allow (both paths, scores as strings or numbers, times with or without
// fractions), your handler must take without throwing.
fc.assert(fc.property(arbitraries.event('VoiceToneAnalysisStatus'), (event) => void toSegment(event)));
console.log('VoiceToneAnalysisStatus: the handler takes every valid event');
