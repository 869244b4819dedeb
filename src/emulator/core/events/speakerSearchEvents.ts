import type { CoreContext } from '../context.js';
import { statusOf } from '../lifecycle.js';
import { matchesOf } from '../operations/voiceTasks.js';
import type { Task } from '../state.js';
import type { DueEvent } from './chimeEvent.js';

const search = (at: number, base: Record<string, unknown>, taskId: string, detailStatus: string, more: object = {}): DueEvent => ({
  at,
  detailType: 'SpeakerSearchStatus',
  detail: { ...base, taskId, detailStatus, ...more },
});

/** The identification (the top 10 matches, or none found) and the voiceprint, both when the search has enough speech. */
function found(ctx: CoreContext, task: Task, at: number, base: Record<string, unknown>): DueEvent[] {
  const results = matchesOf({ ...ctx, now: at }, task).map((m) => ({ voiceProfileId: m.VoiceProfileId, confidenceScore: m.ConfidenceScore.toFixed(3) }));
  const identification = results.length > 0 ? search(at, base, task.id, 'IdentificationSuccessful', { speakerSearchDetails: { results } }) : search(at, base, task.id, 'IdentificationNoMatchesFound');
  return [identification, search(at, base, task.id, 'VoiceprintGenerationSuccess')];
}

const failed = (task: Task, at: number, base: Record<string, unknown>): DueEvent[] => [search(at, base, task.id, 'IdentificationFailure'), search(at, base, task.id, 'VoiceprintGenerationFailure')];

/**
 * A speaker search's events up to `ctx.now`. Voice: when it SUCCEEDED the results, when it FAILED or the call
 * ended first the failures, when stopped nothing. Media Pipelines (no SUCCEEDED status; it runs until stopped):
 * the results once it has been InProgress for a search's time, unless it failed or was stopped before.
 */
export function speakerSearchEvents(ctx: CoreContext, task: Task, base: Record<string, unknown>, call?: Parameters<typeof statusOf>[3]): DueEvent[] {
  const t = ctx.options.lifecycle;
  const s = statusOf(task, ctx.now, t, call);
  if (task.service === 'voice') {
    if (!s.finished || s.status === 'STOPPED') return [];
    return s.status === 'SUCCEEDED' ? found(ctx, task, s.since, base) : failed(task, s.since, base);
  }
  const resultAt = task.createdAt + t.notStartedMs + t.initializingMs + t.speakerSearchMs;
  const endAt = Math.min(task.stoppedAt ?? Infinity, task.failedAt ?? Infinity);
  if (resultAt < endAt && resultAt <= ctx.now) return found(ctx, task, resultAt, base);
  return s.status === 'Failed' && s.since < resultAt ? failed(task, s.since, base) : [];
}
