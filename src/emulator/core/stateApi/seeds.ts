import type { SeedTask } from '../createCore.js';
import type { CoreOptions } from '../options.js';
import { targetKey, tokenKey, watchTask, type State, type Task } from '../state.js';

/** Resources with IDs chosen by the caller (Pact provider states name them in their interactions). */

export function seedTask(state: State, options: CoreOptions, { ageMs = 0, clientRequestToken, ...task }: SeedTask): void {
  const stored: Task = { ...task, createdAt: options.clock.now() - ageMs };
  // No canonical input is ever this text, so every later request with the token is another input.
  if (clientRequestToken !== undefined) state.tokens.set(tokenKey(`${task.service}/${task.kind}`, clientRequestToken), { fingerprint: 'an earlier Start', resourceId: task.id });
  state.tasks.set(task.id, stored);
  state.latestOnTarget.set(targetKey(task), task.id);
  watchTask(state, stored);
}

export function seedDomain(state: State, options: CoreOptions, { id, name, kmsKeyArn }: { id: string; name: string; kmsKeyArn: string }): void {
  const now = options.clock.now();
  state.domains.set(id, { id, name, kmsKeyArn, createdAt: now, updatedAt: now });
}

export function seedProfile(state: State, options: CoreOptions, { id, domainId, taskId }: { id: string; domainId: string; taskId: string }): void {
  const now = options.clock.now();
  state.profiles.set(id, { id, domainId, taskId, createdAt: now, updatedAt: now, expiresAt: now + options.retention.voiceProfileMs });
}
