import type { CoreContext } from '../context.js';
import { callKey, type Task } from '../state.js';
import type { DueEvent } from './chimeEvent.js';
import { pipelineDetail, voiceCallDetail } from './pathDetail.js';
import { speakerSearchEvents } from './speakerSearchEvents.js';
import { voiceToneEvents } from './voiceToneEvents.js';

/** A task's events not sent yet (from index `sent`), up to ctx.now, on the path its service takes. */
export function dueEvents(ctx: CoreContext, task: Task, sent: number): DueEvent[] {
  const call = task.transactionId === undefined ? undefined : ctx.state.calls.get(callKey(task.scope, task.transactionId));
  const voiceLeg = (isCaller: boolean) => voiceCallDetail(task.scope, task.transactionId ?? '', call?.callId ?? task.transactionId ?? '', isCaller);
  if (task.kind === 'speaker-search') {
    const base = task.service === 'voice' ? voiceLeg(task.isCaller ?? true) : pipelineDetail(task, ctx.options);
    return speakerSearchEvents(ctx, task, base, call).slice(sent);
  }
  const legs =
    task.service === 'voice'
      ? [
          { name: 'caller', detail: voiceLeg(true) },
          { name: 'callee', detail: voiceLeg(false) },
        ]
      : [{ name: 'pipeline', detail: pipelineDetail(task, ctx.options) }];
  return voiceToneEvents(ctx, task, legs, sent, call);
}
