import { iso, score } from '../context.js';

/** Results one task sends at most per call leg: an hour of speech at real timings; a longer run sends no more. */
export const maxToneResults = 720;

type Scores = { positive: number; negative: number; neutral: number };

/** A stable tone for the k-th stretch of speech of one leg: three shares that add up to 1. */
function toneAt(taskId: string, leg: string, k: number): Scores {
  const raw = ['positive', 'negative', 'neutral'].map((s) => 0.05 + score(taskId, `${leg}:${k}:${s}`));
  const sum = raw.reduce((a, b) => a + b, 0);
  const [positive = 0, negative = 0, neutral = 0] = raw.map((r) => r / sum);
  return { positive, negative, neutral };
}

const labelOf = (s: Scores) => (s.positive >= s.negative && s.positive >= s.neutral ? 'positive' : s.negative >= s.neutral ? 'negative' : 'neutral');

/** Scores as the documents' JSON examples write them: decimal strings. */
const asText = (s: Scores) => ({ positive: s.positive.toFixed(3), negative: s.negative.toFixed(3), neutral: s.neutral.toFixed(3) });

function tone(startTime: number, endTime: number, s: Scores) {
  return { startTime: iso(startTime), endTime: iso(endTime), voiceToneLabel: labelOf(s), voiceToneScore: asText(s) };
}

/**
 * The voice tone of one leg, stretch after stretch (k from 1) of `intervalMs` since `startedAt`: each call of
 * `next` answers voiceToneAnalysisDetails for the following stretch, the tone of that stretch and the average
 * of every stretch so far. Starting past the first stretch, the average of the earlier ones is worked out once.
 */
export function toneStretches(taskId: string, leg: string, firstK: number, startedAt: number, intervalMs: number) {
  const sum = { positive: 0, negative: 0, neutral: 0 };
  const add = (s: Scores) => void ((sum.positive += s.positive), (sum.negative += s.negative), (sum.neutral += s.neutral));
  for (let i = 1; i < firstK; i++) add(toneAt(taskId, leg, i));
  let k = firstK - 1;
  return () => {
    k++;
    const current = toneAt(taskId, leg, k);
    add(current);
    const end = startedAt + k * intervalMs;
    const average = { positive: sum.positive / k, negative: sum.negative / k, neutral: sum.neutral / k };
    return { currentAverageVoiceTone: tone(end - intervalMs, end, current), overallAverageVoiceTone: tone(startedAt, end, average) };
  };
}
