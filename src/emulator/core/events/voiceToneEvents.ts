import type { CoreContext } from '../context.js';
import { statusOf, type TaskStatus } from '../lifecycle.js';
import type { Call, Task } from '../state.js';
import type { DueEvent } from './chimeEvent.js';
import type { Pending } from './pending.js';
import { maxToneResults, toneStretches } from './voiceTone.js';

interface Leg {
  readonly name: string;
  readonly detail: Record<string, unknown>;
}

/** When the analysis began listening, and when it stopped (Infinity while it runs). */
function span(task: Task, s: TaskStatus, ctx: CoreContext): { from: number; to: number } {
  const t = ctx.options.lifecycle;
  if (task.service === 'voice') return { from: task.createdAt + t.queuedMs, to: s.finished ? s.since : Infinity };
  return { from: task.createdAt + t.notStartedMs + t.initializingMs, to: Math.min(task.stoppedAt ?? Infinity, task.failedAt ?? Infinity) };
}

/** Where a tone analysis's events fall: one per leg for each stretch heard so far, then one per leg at its end. */
function timeline(ctx: CoreContext, task: Task, call?: Call) {
  const t = ctx.options.lifecycle;
  const s = statusOf(task, ctx.now, t, call);
  const { from, to } = span(task, s, ctx);
  const heard = Math.min(ctx.now, to) - from;
  const intervals = Math.max(0, Math.min(maxToneResults, Math.floor(heard / t.toneIntervalMs)));
  const ended = s.finished || (task.service === 'media-pipelines' && to <= ctx.now);
  return { s, from, intervals, ended, endAt: Math.min(to, s.since), intervalMs: t.toneIntervalMs };
}

type Timeline = ReturnType<typeof timeline>;

/**
 * A tone analysis's due events, counted from their times alone: `takeFrom` builds only those at or after a
 * cut-off (their averages still count every earlier stretch), so an advance past many stretches makes few.
 */
export function voiceTonePending(ctx: CoreContext, task: Task, legs: readonly Leg[], skip: number, call?: Call): Pending {
  const tl = timeline(ctx, task, call);
  const { from, intervals, ended, endAt, intervalMs } = tl;
  const n = legs.length;
  const total = intervals * n + (ended ? n : 0);
  const firstIndex = (at: number) => {
    const k = Math.max(1, Math.ceil((at - from) / intervalMs));
    if (k <= intervals) return (k - 1) * n;
    return ended && endAt >= at ? intervals * n : total;
  };
  const start = (at: number) => Math.max(skip, at === -Infinity ? 0 : firstIndex(at));
  return {
    // The next stretch's result, while it listens and has results left to send.
    nextAt: !ended && intervals < maxToneResults ? from + (intervals + 1) * intervalMs : Infinity,
    finished: tl.s.finished,
    countFrom: (at) => Math.max(0, total - start(at)),
    takeFrom: (at) => (start(at) >= total ? [] : voiceToneEvents(task, legs, start(at), tl)),
  };
}

/**
 * A voice tone analysis's events from index `skip` on, up to the timeline's now: a VoiceToneAnalysisSuccessful
 * per leg for each `toneIntervalMs` of speech while it listens (at most maxToneResults per leg), then, once it
 * has ended, VoiceToneAnalysisCompleted per leg (VoiceToneAnalysisFailure when it failed). Indexes are stable
 * as time passes, so the engine asks only for what it has not sent. Worked out on the timeline its caller read.
 */
function voiceToneEvents(task: Task, legs: readonly Leg[], skip: number, { s, from, intervals, ended, endAt, intervalMs }: Timeline): DueEvent[] {
  const out: DueEvent[] = [];
  const firstK = Math.floor(skip / legs.length) + 1;
  const stretches = skip < intervals * legs.length ? legs.map((leg) => toneStretches(task, leg.name, firstK, from, intervalMs)) : [];
  for (let i = (firstK - 1) * legs.length; i < intervals * legs.length; i++) {
    const k = Math.floor(i / legs.length) + 1;
    const leg = legs[i % legs.length] as Leg;
    const voiceToneAnalysisDetails = (stretches[i % legs.length] as () => ReturnType<ReturnType<typeof toneStretches>>)();
    if (i < skip) continue; // a leg already sent for this stretch: its tone still counts in the average
    // A Kinesis Video Streams fragment number is a long decimal string; each stretch starts at a later one.
    const pipeline = task.service === 'media-pipelines' ? { startFragmentNumber: `91343852333181432392682062${String(k).padStart(21, '0')}` } : {};
    out.push({
      at: from + k * intervalMs,
      detailType: 'VoiceToneAnalysisStatus',
      detail: { ...leg.detail, taskId: task.id, detailStatus: 'VoiceToneAnalysisSuccessful', voiceToneAnalysisDetails, ...pipeline },
    });
  }
  if (!ended) return out;
  const detailStatus = s.status === 'FAILED' || s.status === 'Failed' ? 'VoiceToneAnalysisFailure' : 'VoiceToneAnalysisCompleted';
  const first = intervals * legs.length;
  legs.forEach((leg, j) => {
    if (first + j >= skip) out.push({ at: endAt, detailType: 'VoiceToneAnalysisStatus', detail: { ...leg.detail, taskId: task.id, detailStatus } });
  });
  return out;
}
