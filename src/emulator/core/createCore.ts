import { assertAdvanceFits, ClockLimitError, latestNow } from './clockLimit.js';
import { handlers } from './handlers.js';
import { pipelineIdOf } from './operations/mediaPipelinesTasks.js';
import type { Input } from './context.js';
import type { EmulatedClock } from './emulatedClock.js';
import { coreOptions, type CoreOptions, type EmulatorOptions } from './options.js';
import { ServiceError } from './serviceError.js';
import { emptyState, type Task } from './state.js';
import { endCall, startCall, type CallView } from './stateApi/calls.js';
import { failTask } from './stateApi/failTask.js';
import { seedDomain, seedProfile, seedTask } from './stateApi/seeds.js';
import { snapshot, type StateSnapshot } from './stateApi/snapshot.js';
import { createEventEngine, type EventsApi } from './events/eventEngine.js';

export type CoreResult = { readonly ok: true; readonly output: unknown } | { readonly ok: false; readonly error: ServiceError };

/**
 * What tests and Pact provider states set up, in-process; the control plane (/_chime/) calls the same methods
 * over HTTP. A method that cannot do what it is asked throws a ServiceError (NotFound, Conflict) saying why.
 */
export interface StateApi {
  /** A pipeline named by its ID or its ARN (`…:media-insights-pipeline/<id>`), as Start requests may name it. */
  createPipeline(pipelineId: string): void;
  createVoiceConnector(voiceConnectorId: string): void;
  /** A live call on the Voice Connector (created with it); `callId` is generated when absent. */
  startCall(voiceConnectorId: string, transactionId: string, callId?: string): CallView;
  /** Hangs the call up now: its speaker searches end PARTIAL_SUCCESS, its voice tone analyses SUCCEEDED. */
  endCall(voiceConnectorId: string, transactionId: string): CallView;
  /** Makes a running task fail now (Media Pipelines Failed, Voice FAILED with `message` as StatusMessage). */
  failTask(taskId: string, message?: string): { taskId: string; status: string };
  /** Stores a task with a known ID (Pact provider states); `ageMs` back-dates it, e.g. to a finished speaker search. */
  seedTask(task: SeedTask): void;
  seedDomain(domain: { id: string; name: string; kmsKeyArn: string }): void;
  seedProfile(profile: { id: string; domainId: string; taskId: string }): void;
  /** Forgets every resource; the clock goes on (emulated time never runs backwards). */
  reset(): void;
  /** Counts and IDs of what the emulator holds, for debugging. */
  snapshot(): StateSnapshot;
}

export interface SeedTask {
  readonly service: Task['service'];
  readonly kind: Task['kind'];
  readonly id: string;
  /** Pipeline ID (Media Pipelines) or Voice Connector ID (Voice). */
  readonly scope: string;
  /** Media Pipelines: `${StreamArn}#${ChannelId}` or '' for the pipeline; Voice: `${transactionId}#Caller|Callee` or the transaction ID. */
  readonly target: string;
  readonly transactionId?: string;
  readonly isCaller?: boolean;
  readonly domainId?: string;
  readonly ageMs?: number;
  /**
   * A ClientRequestToken an earlier Start of this task used. The state does not know that Start's input, so a
   * request with the token is taken as another input: a ConflictException, as the idempotency rule says.
   */
  readonly clientRequestToken?: string;
}

export interface EmulatorCore extends StateApi {
  readonly options: CoreOptions;
  /** The voice analytics events the tasks and calls send (README, "Events"). */
  readonly events: EventsApi;
  /** The emulator's time: `clock.advance(ms)` moves statuses, timestamps and retention windows as if it had passed. */
  readonly clock: CoreClock;
  /** Runs one operation on input that already passed the contract's request validation. */
  invoke(operationId: string, input: Input): CoreResult;
  /** Number of stored tasks, for benchmarks and diagnostics. */
  taskCount(): number;
}

/** A state API call that names nothing: refused, as an empty ID would make a resource no request can name. */
const refuse = (why: string): never => {
  throw new ServiceError('BadRequestException', why);
};

/** The core's clock: the emulated one, and an advance that leaves the event loop free while its events are made. */
export interface CoreClock extends EmulatedClock {
  /**
   * advance, for a server: the clock moves at once, and the events it makes due are worked out in slices with
   * other requests answered between them (POST /_chime/clock/advance). Advances asked for this way run one
   * after the other; the promise settles once the events are emitted, with the new now (or the clock limit's error).
   */
  advanceInSlices(ms: number): Promise<number>;
}

/** The transport-free emulator: operations over an in-memory store, on an injectable clock. */
export function createEmulatorCore(given: EmulatorOptions = {}): EmulatorCore {
  const options = coreOptions(given);
  if (options.clock.now() > latestNow(options.retention)) throw new ClockLimitError(options.clock.now(), 0, latestNow(options.retention));
  let state = emptyState();
  const events = createEventEngine(() => state, options);
  if (given.onEvent) events.subscribe(given.onEvent);
  // Listeners hear what a change made due at once; without any, events wait until someone reads them.
  const thenFlush = <T>(result: T): T => (events.listening && events.flush(), result);
  const move = (ms: number) => (assertAdvanceFits(options.clock.now(), ms, options.retention), options.clock.advance(ms));
  // The last advance asked for in slices: the next one starts after it (it never rejects, whatever that one did).
  let advancing: Promise<unknown> = Promise.resolve();
  const clock: CoreClock = {
    mode: options.clock.mode,
    now: () => options.clock.now(),
    // Time that passed makes events due: listeners and pollers hear them at once (after the rest of an advance
    // in slices, if one is running).
    advance(ms) {
      const now = move(ms);
      events.settle();
      return now;
    },
    advanceInSlices(ms) {
      const turn = advancing.then(async () => {
        const now = move(ms);
        await events.flushInSlices();
        return now;
      });
      advancing = turn.catch(() => undefined);
      return turn;
    },
  };
  return {
    options,
    clock,
    events,
    invoke(operationId, input) {
      const handler = handlers[operationId];
      if (!handler) return { ok: false, error: new ServiceError('BadRequestException', `Unknown operation ${operationId}.`) };
      try {
        const output = handler({ state, options, now: options.clock.now() }, input);
        // A Stop changes a running task's timeline; a Start adds a task, which the events follow from then on.
        if (operationId.includes('.Stop')) events.changed();
        return thenFlush({ ok: true, output });
      } catch (e) {
        if (e instanceof ServiceError) return { ok: false, error: e };
        throw e;
      }
    },
    taskCount: () => state.tasks.size,
    createPipeline: (given) => void state.pipelines.add(pipelineIdOf(given) || refuse(`${JSON.stringify(given)} names no pipeline ID.`)),
    createVoiceConnector: (id) => void state.connectors.add(id),
    startCall: (vc, tx, callId) => thenFlush(startCall(state, options, vc, tx, callId)),
    endCall: (vc, tx) => (events.changed(), thenFlush(endCall(state, options, vc, tx))),
    failTask: (taskId, message) => (events.changed(), thenFlush(failTask(state, options, taskId, message))),
    seedTask: (task) => seedTask(state, options, task),
    seedDomain: (domain) => seedDomain(state, options, domain),
    seedProfile: (profile) => seedProfile(state, options, profile),
    reset: () => void ((state = emptyState()), events.reset()),
    snapshot: () => snapshot(state, options),
  };
}
