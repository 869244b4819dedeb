import { fnv1a } from '../../../shared/fnv1a.js';
import { iso, scoreOfHash } from '../context.js';

/** Results one task sends at most per call leg: an hour of speech at real timings; a longer run sends no more. */
export const maxToneResults = 720;

type Scores = { positive: number; negative: number; neutral: number };

/** The hash of `${taskId}|${leg}:`, where each stretch's scores go on from (as `score(taskId, `${leg}:${k}:…`)`). */
const legSeed = (taskId: string, leg: string) => fnv1a(':', fnv1a(leg, fnv1a('|', fnv1a(taskId))));

/** A stable tone for the k-th stretch of speech of one leg: three shares that add up to 1. */
function toneAt(seed: number, k: number): Scores {
  const atK = fnv1a(':', fnv1a(String(k), seed));
  const positive = 0.05 + scoreOfHash(fnv1a('positive', atK));
  const negative = 0.05 + scoreOfHash(fnv1a('negative', atK));
  const neutral = 0.05 + scoreOfHash(fnv1a('neutral', atK));
  const sum = positive + negative + neutral;
  return { positive: positive / sum, negative: negative / sum, neutral: neutral / sum };
}

const labelOf = (s: Scores) => (s.positive >= s.negative && s.positive >= s.neutral ? 'positive' : s.negative >= s.neutral ? 'negative' : 'neutral');

/** Scores as the documents' JSON examples write them: decimal strings. */
const asText = (s: Scores) => ({ positive: s.positive.toFixed(3), negative: s.negative.toFixed(3), neutral: s.neutral.toFixed(3) });

function tone(startTime: number, endTime: number, s: Scores) {
  return { startTime: iso(startTime), endTime: iso(endTime), voiceToneLabel: labelOf(s), voiceToneScore: asText(s) };
}

/** Each task's sums of tones so far, per leg: the average at stretch k goes on from the last one worked out. */
const runningSums = new WeakMap<object, Map<string, { k: number; sum: Scores }>>();

/** The sum of stretches 1..k-1 of one leg, from the task's running sum where it has not gone past them. */
function sumBefore(owner: object, leg: string, seed: number, firstK: number): { sum: Scores; remember: (k: number, sum: Scores) => void } {
  const legs = runningSums.get(owner) ?? new Map<string, { k: number; sum: Scores }>();
  runningSums.set(owner, legs);
  const known = legs.get(leg);
  const from = known !== undefined && known.k < firstK ? known : { k: 0, sum: { positive: 0, negative: 0, neutral: 0 } };
  const sum = { ...from.sum };
  for (let i = from.k + 1; i < firstK; i++) add(sum, toneAt(seed, i));
  const remember = (k: number, s: Scores) => void ((legs.get(leg)?.k ?? 0) < k && legs.set(leg, { k, sum: { ...s } }));
  remember(firstK - 1, sum);
  return { sum, remember };
}

const add = (sum: Scores, s: Scores) => void ((sum.positive += s.positive), (sum.negative += s.negative), (sum.neutral += s.neutral));

/**
 * The voice tone of one leg of the task `owner`, stretch after stretch (k from 1) of `intervalMs` since
 * `startedAt`: each call of `next` answers voiceToneAnalysisDetails for the following stretch, the tone of that
 * stretch and the average of every stretch so far. The sum of the earlier stretches is kept per task, so
 * following a task from flush to flush adds only its new stretches (always in order, so averages repeat exactly).
 */
export function toneStretches(owner: { readonly id: string }, leg: string, firstK: number, startedAt: number, intervalMs: number) {
  const seed = legSeed(owner.id, leg);
  const { sum, remember } = sumBefore(owner, leg, seed, firstK);
  let k = firstK - 1;
  return () => {
    k++;
    const current = toneAt(seed, k);
    add(sum, current);
    remember(k, sum);
    const end = startedAt + k * intervalMs;
    const average = { positive: sum.positive / k, negative: sum.negative / k, neutral: sum.neutral / k };
    return { currentAverageVoiceTone: tone(end - intervalMs, end, current), overallAverageVoiceTone: tone(startedAt, end, average) };
  };
}
