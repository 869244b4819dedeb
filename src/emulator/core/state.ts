import type { ServiceName } from '../../contract/operation.js';
import type { DueEvent } from './events/chimeEvent.js';
import { ProfileStore } from './profileStore.js';

export { ProfileStore };

export type TaskKind = 'speaker-search' | 'voice-tone-analysis';

/** One analytics task. Kept small: the emulator is expected to hold a million of them. */
export interface Task {
  readonly service: ServiceName;
  readonly kind: TaskKind;
  readonly id: string;
  /** The media insights pipeline ID, or the Voice Connector ID, the task runs under. */
  readonly scope: string;
  /** What a second active task of the same kind may not share: the stream and channel, or the call and leg. */
  readonly target: string;
  readonly createdAt: number;
  stoppedAt?: number;
  failedAt?: number;
  /** Voice: the call it listens to, its leg, and for speaker search the voice profile domain. */
  readonly transactionId?: string;
  readonly isCaller?: boolean;
  readonly domainId?: string;
  /** Why the task failed, for Voice's StatusMessage (control plane: fail a task with a message). */
  failureMessage?: string;
  /** A finished speaker search's matches, worked out once: the results a Get returns do not change. */
  matches?: readonly { readonly ConfidenceScore: number; readonly VoiceProfileId: string }[];
}

export interface Domain {
  readonly id: string;
  name: string;
  description?: string;
  readonly kmsKeyArn: string;
  readonly createdAt: number;
  updatedAt: number;
}

export interface Profile {
  readonly id: string;
  readonly domainId: string;
  /** The speaker search task whose voiceprint the profile holds. */
  taskId: string;
  readonly createdAt: number;
  updatedAt: number;
  expiresAt: number;
}

export interface Call {
  /** The SIP call ID events name; generated when the caller gives none. */
  readonly callId: string;
  readonly startedAt: number;
  endedAt?: number;
}

/** Where a ClientRequestToken's use is kept: per operation scope (`voice/speaker-search`, `voice/domain`…). */
export const tokenKey = (scope: string, token: string): string => `${scope}\u0000${token}`;

/** An idempotency token's first use: the input it came with and the answer it got. */
export interface TokenUse {
  readonly fingerprint: string;
  readonly resourceId: string;
}

export interface State {
  readonly tasks: Map<string, Task>;
  readonly tokens: Map<string, TokenUse>;
  /** The latest task per `targetKey`: finding a conflicting active task without a scan. */
  readonly latestOnTarget: Map<string, string>;
  readonly pipelines: Set<string>;
  readonly connectors: Set<string>;
  /** Calls by `${voiceConnectorId}/${transactionId}`. */
  readonly calls: Map<string, Call>;
  readonly domains: Map<string, Domain>;
  readonly profiles: ProfileStore;
  /** What the event engine has not looked at yet: tasks started, and events already due (a call's AnalyticsReady). */
  readonly unseen: { readonly tasks: Task[]; readonly due: DueEvent[] };
}

/** Unseen entries kept at most while nothing reads events, so an emulator nobody listens to stays small. */
const unseenLimit = 100_000;

/** Hands a new task to the event engine (its events are worked out when someone reads or listens). */
export function watchTask(state: State, task: Task): void {
  const tasks = state.unseen.tasks;
  tasks.push(task);
  // Dropping the oldest one at a time moved 100,000 entries per new task (shift is a copy at that size); in
  // halves it is constant per task, and takeUnseenTasks hands over the same last unseenLimit.
  if (tasks.length >= 2 * unseenLimit) tasks.splice(0, tasks.length - unseenLimit);
}

/** The tasks started since the last call, oldest first: the last unseenLimit of them at most. */
export function takeUnseenTasks(state: State): Task[] {
  const tasks = state.unseen.tasks.splice(0);
  return tasks.length > unseenLimit ? tasks.slice(-unseenLimit) : tasks;
}

export const emptyState = (): State => ({
  tasks: new Map(),
  tokens: new Map(),
  latestOnTarget: new Map(),
  pipelines: new Set(),
  connectors: new Set(),
  calls: new Map(),
  domains: new Map(),
  profiles: new ProfileStore(),
  unseen: { tasks: [], due: [] },
});

/** What two active tasks of one kind may not share: the key of `latestOnTarget`, for new and seeded tasks alike. */
export function targetKey(task: Pick<Task, 'service' | 'kind' | 'scope' | 'target'>): string {
  return `${task.service}/${task.kind}/${task.scope}/${task.target}`;
}

export const callKey = (voiceConnectorId: string, transactionId: string): string => `${voiceConnectorId}/${transactionId}`;
