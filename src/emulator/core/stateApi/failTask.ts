import { statusOf } from '../lifecycle.js';
import type { CoreOptions } from '../options.js';
import { conflict, notFound } from '../serviceError.js';
import { callKey, type State } from '../state.js';

/**
 * Fails a running task now (Media Pipelines Failed, Voice FAILED with the message as StatusMessage). A final
 * status never changes, so failing a finished task is a conflict rather than a silent no-op.
 */
export function failTask(state: State, options: CoreOptions, taskId: string, message?: string): { taskId: string; status: string } {
  const task = state.tasks.get(taskId);
  if (!task) throw notFound(`Task ${taskId}`);
  const now = options.clock.now();
  const call = state.calls.get(callKey(task.scope, task.transactionId ?? ''));
  const before = statusOf(task, now, options.lifecycle, call);
  // Stopping counts as ended: its results were already closed (VoiceToneAnalysisCompleted) when the stop came.
  if (before.finished || before.status === 'Stopping') throw conflict(`Task ${taskId} has already ended ${before.status}; only a running task can fail.`);
  task.failedAt = now;
  if (message !== undefined) task.failureMessage = message;
  return { taskId, status: statusOf(task, now, options.lifecycle, call).status };
}
