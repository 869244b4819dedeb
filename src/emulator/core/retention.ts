import type { CoreContext } from './context.js';
import type { TaskStatus } from './lifecycle.js';
import { notFound, ServiceError } from './serviceError.js';
import type { Profile, Task } from './state.js';

/**
 * The retention windows of the developer guide (va-data-retention), read at the time of each request: nothing
 * sweeps in the background, so a manual clock advanced past a window changes the very next answer.
 */

/** A finished task's results are readable for taskResultsMs after it finished; then the task is gone. */
// semantics: taskResultsKept
export function assertReadable(ctx: CoreContext, task: Task, status: TaskStatus, name: string): void {
  if (!status.finished || ctx.now < status.since + ctx.options.retention.taskResultsMs) return;
  ctx.state.tasks.delete(task.id);
  throw notFound(`${name} ${task.id}`);
}

/**
 * A voiceprint can be saved as a voice profile for voiceprintMs after its search succeeded. Later it has been
 * deleted: GoneException, which both CreateVoiceProfile and UpdateVoiceProfile model, and which says "it
 * existed and no longer does" where NotFound would say the task is unknown (the task itself is still readable).
 */
// semantics: voiceprintsKept
export function assertVoiceprintKept(ctx: CoreContext, task: Task, status: TaskStatus): void {
  const deletedAt = status.since + ctx.options.retention.voiceprintMs;
  if (ctx.now < deletedAt) return;
  const when = new Date(deletedAt).toISOString();
  throw new ServiceError(
    'GoneException',
    `The voiceprint of speaker search task ${task.id} was deleted at ${when}, ${ctx.options.retention.voiceprintMs / 3_600_000} hours after the search succeeded; run a new speaker search.`,
  );
}

/** A voice profile past its ExpirationTimestamp is gone for Get, Delete, List and speaker search matches. */
// semantics: voiceProfilesKept
export const isLive = (ctx: CoreContext, profile: Profile): boolean => ctx.now < profile.expiresAt;

/** The profiles of a domain that have not expired, in the order they were made. */
export function liveProfilesIn(ctx: CoreContext, domainId: string): Profile[] {
  const live: Profile[] = [];
  for (const p of ctx.state.profiles.inDomain(domainId).values()) if (isLive(ctx, p)) live.push(p);
  return live;
}
