import type { Clock } from './clock.js';
import type { LoggedEvent } from './events/chimeEvent.js';
import { emulatedClock, type ClockMode, type EmulatedClock } from './emulatedClock.js';
import type { Semantics } from './semantics/semantics.js';

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
  /** Voice tone analysis: a VoiceToneAnalysisSuccessful event each time this much speech has been analysed. */
  readonly toneIntervalMs: number;
}

/** How long the service keeps what voice analytics made (developer guide, va-data-retention). */
export interface RetentionWindows {
  /** A finished task stays readable through Get for this long; then Get and Stop answer NotFound. */
  readonly taskResultsMs: number;
  /** A speaker search's voiceprint can become a voice profile for this long after the search succeeded. */
  readonly voiceprintMs: number;
  /** A voice profile expires this long after its last enrolment (Create or Update). */
  readonly voiceProfileMs: number;
}

export interface CoreOptions {
  readonly clock: EmulatedClock;
  /** Require pipelines, Voice Connectors and calls to be created through the state API first. */
  readonly strictResources: boolean;
  /** `documented` (default): refuse only what has a source; `strict`: also the refusals that are our choice. */
  readonly semantics: Semantics;
  readonly region: string;
  readonly accountId: string;
  readonly lifecycle: LifecycleTimings;
  readonly retention: RetentionWindows;
  readonly newId: () => string;
}

/** Timings close to the service's: a speaker search needs a few seconds of speech. */
// semantics: lifecycleTimings
export const defaultLifecycle: LifecycleTimings = { notStartedMs: 500, initializingMs: 1000, stoppingMs: 500, queuedMs: 500, speakerSearchMs: 3000, toneIntervalMs: 5000 };

/**
 * Timings for test suites and the embedded verify run: every status still shows, for a few milliseconds, but a
 * speaker search lasts long enough (400 ms) to be stopped while still active on a loaded CI machine (at 120 ms
 * a Stop sent 150 ms after its Start found the task finished); verify's voiceprint pool waits it out per batch.
 */
export const fastLifecycle: LifecycleTimings = { notStartedMs: 15, initializingMs: 15, stoppingMs: 15, queuedMs: 15, speakerSearchMs: 400, toneIntervalMs: 100 };

export type TimingsMode = 'real' | 'fast';

const hour = 3600 * 1000;
export const documentedRetention: RetentionWindows = { taskResultsMs: 7 * 24 * hour, voiceprintMs: 24 * hour, voiceProfileMs: 3 * 365 * 24 * hour };

/** What callers may set: any option, any subset of the lifecycle timings and retention windows, a clock or its mode. */
export type EmulatorOptions = Partial<Omit<CoreOptions, 'lifecycle' | 'retention' | 'clock'>> & {
  readonly clock?: Clock | ClockMode;
  /** `fast` starts from fastLifecycle instead of the real-like timings; `lifecycle` still overrides either. */
  readonly timings?: TimingsMode;
  readonly lifecycle?: Partial<LifecycleTimings>;
  readonly retention?: Partial<RetentionWindows>;
  /** Hears each voice analytics event as it is emitted (the same as `core.events.subscribe`). */
  readonly onEvent?: (logged: LoggedEvent) => void;
};

export function coreOptions(given: EmulatorOptions = {}): CoreOptions {
  return {
    clock: emulatedClock(given.clock),
    strictResources: given.strictResources ?? false,
    semantics: given.semantics ?? 'documented',
    region: given.region ?? 'us-east-1',
    accountId: given.accountId ?? '111122223333',
    lifecycle: { ...(given.timings === 'fast' ? fastLifecycle : defaultLifecycle), ...given.lifecycle },
    retention: { ...documentedRetention, ...given.retention },
    newId: given.newId ?? (() => crypto.randomUUID()),
  };
}
