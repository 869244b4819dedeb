import type { ServiceName } from '../../contract/operation.js';

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

/**
 * Voice profiles by ID, indexed by domain and by the speaker search whose voiceprint each holds: lists, matches,
 * a domain's deletion and a new profile's conflict check look at one domain or one task, not every profile
 * (a deep verify run holds thousands, and each of those scans came once per request). A profile whose taskId
 * changes is set again (`set` on a known ID keeps its place).
 */
export class ProfileStore extends Map<string, Profile> {
  private readonly byDomain = new Map<string, Map<string, Profile>>();
  private readonly byTask = new Map<string, Set<string>>();
  private readonly indexedTask = new Map<string, string>();

  override set(id: string, profile: Profile): this {
    this.unindex(id);
    super.set(id, profile);
    let domain = this.byDomain.get(profile.domainId);
    if (!domain) this.byDomain.set(profile.domainId, (domain = new Map()));
    domain.set(id, profile);
    let task = this.byTask.get(profile.taskId);
    if (!task) this.byTask.set(profile.taskId, (task = new Set()));
    task.add(id);
    this.indexedTask.set(id, profile.taskId);
    return this;
  }

  override delete(id: string): boolean {
    this.unindex(id);
    const domain = this.get(id)?.domainId;
    const profiles = domain === undefined ? undefined : this.byDomain.get(domain);
    profiles?.delete(id);
    if (profiles?.size === 0 && domain !== undefined) this.byDomain.delete(domain);
    return super.delete(id);
  }

  override clear(): void {
    this.byDomain.clear();
    this.byTask.clear();
    this.indexedTask.clear();
    super.clear();
  }

  /** The profiles of one domain, in the order they were made. */
  inDomain(domainId: string): ReadonlyMap<string, Profile> {
    return this.byDomain.get(domainId) ?? new Map();
  }

  /** Whether a profile holds this speaker search's voiceprint now. */
  holdsTask(taskId: string): boolean {
    return (this.byTask.get(taskId)?.size ?? 0) > 0;
  }

  private unindex(id: string): void {
    const task = this.indexedTask.get(id);
    if (task === undefined) return;
    const ids = this.byTask.get(task);
    ids?.delete(id);
    if (ids?.size === 0) this.byTask.delete(task);
    this.indexedTask.delete(id);
  }
}

export interface Call {
  /** The SIP call ID events name; generated when the caller gives none. */
  readonly callId: string;
  readonly startedAt: number;
  endedAt?: number;
}

/** An idempotency token's first use: the input it came with and the answer it got. */
export interface TokenUse {
  readonly fingerprint: string;
  readonly resourceId: string;
}

export interface State {
  readonly tasks: Map<string, Task>;
  readonly tokens: Map<string, TokenUse>;
  /** The latest task per `${service}/${kind}/${scope}/${target}`: finding a conflicting active task without a scan. */
  readonly latestOnTarget: Map<string, string>;
  readonly pipelines: Set<string>;
  readonly connectors: Set<string>;
  /** Calls by `${voiceConnectorId}/${transactionId}`. */
  readonly calls: Map<string, Call>;
  readonly domains: Map<string, Domain>;
  readonly profiles: ProfileStore;
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
});

export const callKey = (voiceConnectorId: string, transactionId: string): string => `${voiceConnectorId}/${transactionId}`;
