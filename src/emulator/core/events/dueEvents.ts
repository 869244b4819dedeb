import type { CoreContext } from '../context.js';
import { statusOf } from '../lifecycle.js';
import { callKey, type Task } from '../state.js';
import { pipelineDetail, voiceCallDetail } from './pathDetail.js';
import { speakerSearchEvents } from './speakerSearchEvents.js';
import { voiceTonePending } from './voiceToneEvents.js';
import { listed, type Pending } from './pending.js';

/** When a speaker search's results fall due, if that is still to come. */
function searchDoneAt(ctx: CoreContext, task: Task): number {
  const t = ctx.options.lifecycle;
  const done = task.createdAt + (task.service === 'voice' ? t.queuedMs : t.notStartedMs + t.initializingMs) + t.speakerSearchMs;
  return done > ctx.now ? done : Infinity;
}

/**
 * A task's events not sent yet (from index `sent`), up to ctx.now, on the path its service takes: counted
 * before they are built, so a tone analysis's many results are made only from a cut-off on.
 */
export function pendingOf(ctx: CoreContext, task: Task, sent: number): Pending {
  const call = task.transactionId === undefined ? undefined : ctx.state.calls.get(callKey(task.scope, task.transactionId));
  const voiceLeg = (isCaller: boolean) => voiceCallDetail(task.scope, task.transactionId ?? '', call?.callId ?? task.transactionId ?? '', isCaller);
  if (task.kind === 'speaker-search') {
    const base = task.service === 'voice' ? voiceLeg(task.isCaller ?? true) : pipelineDetail(task, ctx.options);
    const { finished } = statusOf(task, ctx.now, ctx.options.lifecycle, call);
    return listed(speakerSearchEvents(ctx, task, base, call).slice(sent), searchDoneAt(ctx, task), finished);
  }
  const legs =
    task.service === 'voice'
      ? [
          { name: 'caller', detail: voiceLeg(true) },
          { name: 'callee', detail: voiceLeg(false) },
        ]
      : [{ name: 'pipeline', detail: pipelineDetail(task, ctx.options) }];
  return voiceTonePending(ctx, task, legs, sent, call);
}
