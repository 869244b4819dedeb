import { systemClock, type Clock } from './clock.js';

/** How long each task status lasts, in milliseconds of the emulator's clock. */
export interface LifecycleTimings {
  /** Media Pipelines: NotStarted → Initializing. */
  readonly notStartedMs: number;
  /** Media Pipelines: Initializing → InProgress. */
  readonly initializingMs: number;
  /** Media Pipelines: Stopping → Stopped. */
  readonly stoppingMs: number;
  /** Voice: IN_QUEUE → IN_PROGRESS. */
  readonly queuedMs: number;
  /** Voice speaker search: IN_PROGRESS → SUCCEEDED. Voice tone analysis runs until stopped or the call ends. */
  readonly speakerSearchMs: number;
}

export interface CoreOptions {
  readonly clock: Clock;
  /** Require pipelines, Voice Connectors and calls to be created through the state API first. */
  readonly strictResources: boolean;
  readonly region: string;
  readonly accountId: string;
  readonly lifecycle: LifecycleTimings;
  /** How long a voice profile lives before it expires (ExpirationTimestamp). */
  readonly voiceProfileLifetimeMs: number;
  readonly newId: () => string;
}

export const defaultLifecycle: LifecycleTimings = {
  notStartedMs: 500,
  initializingMs: 1000,
  stoppingMs: 500,
  queuedMs: 500,
  speakerSearchMs: 3000,
};

const threeYears = 3 * 365 * 24 * 3600 * 1000;

/** What callers may set: any option, and any subset of the lifecycle timings. */
export type EmulatorOptions = Partial<Omit<CoreOptions, 'lifecycle'>> & { readonly lifecycle?: Partial<LifecycleTimings> };

export function coreOptions(given: EmulatorOptions = {}): CoreOptions {
  return {
    clock: given.clock ?? systemClock,
    strictResources: given.strictResources ?? false,
    region: given.region ?? 'us-east-1',
    accountId: given.accountId ?? '111122223333',
    lifecycle: { ...defaultLifecycle, ...given.lifecycle },
    voiceProfileLifetimeMs: given.voiceProfileLifetimeMs ?? threeYears,
    newId: given.newId ?? (() => crypto.randomUUID()),
  };
}
