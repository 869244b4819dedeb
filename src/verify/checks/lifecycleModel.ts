/** Legal status moves of each service's tasks, for the lifecycle check's model. */
const mediaPipelinesOrder = ['NotStarted', 'Initializing', 'InProgress', 'Stopping', 'Stopped'];
const voiceOrder = ['IN_QUEUE', 'IN_PROGRESS'];
const voiceEnds = ['SUCCEEDED', 'PARTIAL_SUCCESS', 'FAILED', 'STOPPED'];

function rank(service: string, status: string): number | undefined {
  if (service === 'media-pipelines') return status === 'Failed' ? Infinity : mediaPipelinesOrder.indexOf(status) >= 0 ? mediaPipelinesOrder.indexOf(status) : undefined;
  if (voiceEnds.includes(status)) return Infinity;
  return voiceOrder.indexOf(status) >= 0 ? voiceOrder.indexOf(status) : undefined;
}

/** Whether a task may go from `from` to `to`: only forward, and a final status never changes. */
export function legalMove(service: string, from: string, to: string): boolean {
  const a = rank(service, from);
  const b = rank(service, to);
  if (a === undefined || b === undefined) return false;
  if (a === Infinity || (service === 'media-pipelines' && from === 'Stopped')) return from === to;
  return b >= a;
}

/**
 * The statuses a task may show once a Stop was accepted. A Stop may meet a task that has just ended by itself,
 * and no document says that Stop must refuse it: such a task keeps its own final status (emulator semantics,
 * "Stop of a finished task"), so a Voice task may show any final status, never one that still runs.
 */
export const afterStop: Record<string, readonly string[]> = {
  'media-pipelines': ['Stopping', 'Stopped', 'Failed'],
  voice: voiceEnds,
};

/** Statuses only a Stop leads to: a task showing one before any Stop was accepted stopped by itself. */
export const stopOnly: Record<string, readonly string[]> = {
  'media-pipelines': ['Stopping', 'Stopped'],
  voice: ['STOPPED'],
};

/** Whether a status belongs to the service's lifecycle at all. */
export const knownStatus = (service: string, status: string): boolean => legalMove(service, status, status);

/** Statuses a task ends in: a Stop of it may rightly answer NotFound (no active task with that ID). */
export const finalStatuses: Record<string, readonly string[]> = {
  'media-pipelines': ['Stopped', 'Failed'],
  voice: voiceEnds,
};
