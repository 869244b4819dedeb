import { handlers } from './handlers.js';
import type { Input } from './context.js';
import { coreOptions, type CoreOptions, type EmulatorOptions } from './options.js';
import { ServiceError, notFound } from './serviceError.js';
import { callKey, emptyState, type Task } from './state.js';

export type CoreResult = { readonly ok: true; readonly output: unknown } | { readonly ok: false; readonly error: ServiceError };

/** The resources tasks run on, set up by tests and by Pact provider states (strict-resources mode needs them). */
export interface StateApi {
  createPipeline(pipelineId: string): void;
  createVoiceConnector(voiceConnectorId: string): void;
  startCall(voiceConnectorId: string, transactionId: string): void;
  endCall(voiceConnectorId: string, transactionId: string): void;
  /** Makes a task fail now (Media Pipelines Failed, Voice FAILED). */
  failTask(taskId: string): void;
  /** Stores a task with a known ID (Pact provider states); `ageMs` back-dates it, e.g. to a finished speaker search. */
  seedTask(task: SeedTask): void;
  seedDomain(domain: { id: string; name: string; kmsKeyArn: string }): void;
  seedProfile(profile: { id: string; domainId: string; taskId: string }): void;
  reset(): void;
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
}

export interface EmulatorCore extends StateApi {
  readonly options: CoreOptions;
  /** Runs one operation on input that already passed the contract's request validation. */
  invoke(operationId: string, input: Input): CoreResult;
  /** Number of stored tasks, for benchmarks and diagnostics. */
  taskCount(): number;
}

/** The transport-free emulator: operations over an in-memory store, on an injectable clock. */
export function createEmulatorCore(given: EmulatorOptions = {}): EmulatorCore {
  const options = coreOptions(given);
  let state = emptyState();
  const now = () => options.clock.now();
  return {
    options,
    invoke(operationId, input) {
      const handler = handlers[operationId];
      if (!handler) return { ok: false, error: new ServiceError('BadRequestException', `Unknown operation ${operationId}.`) };
      try {
        return { ok: true, output: handler({ state, options, now: now() }, input) };
      } catch (e) {
        if (e instanceof ServiceError) return { ok: false, error: e };
        throw e;
      }
    },
    taskCount: () => state.tasks.size,
    createPipeline: (id) => void state.pipelines.add(id),
    createVoiceConnector: (id) => void state.connectors.add(id),
    startCall(vc, tx) {
      state.connectors.add(vc);
      state.calls.set(callKey(vc, tx), {});
    },
    endCall(vc, tx) {
      const call = state.calls.get(callKey(vc, tx)) ?? {};
      call.endedAt ??= now();
      state.calls.set(callKey(vc, tx), call);
    },
    failTask(taskId) {
      const task = state.tasks.get(taskId);
      if (!task) throw notFound(`Task ${taskId}`);
      task.failedAt ??= now();
    },
    seedTask({ ageMs = 0, ...task }) {
      const stored: Task = { ...task, createdAt: now() - ageMs };
      state.tasks.set(task.id, stored);
      state.latestOnTarget.set(`${task.service}/${task.kind}/${task.scope}/${task.target}`, task.id);
    },
    seedDomain: ({ id, name, kmsKeyArn }) => void state.domains.set(id, { id, name, kmsKeyArn, createdAt: now(), updatedAt: now() }),
    seedProfile({ id, domainId, taskId }) {
      state.profiles.set(id, { id, domainId, taskId, createdAt: now(), updatedAt: now(), expiresAt: now() + options.voiceProfileLifetimeMs });
    },
    reset: () => void (state = emptyState()),
  };
}
