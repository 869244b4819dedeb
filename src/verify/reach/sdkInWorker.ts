import { Worker } from 'node:worker_threads';
import type { Credentials } from '../../shared/credentials.js';
import type { AnswerLimits } from './answerLimits.js';
import { callThread } from './callThread.js';
import type { SendSdk, SdkExchange } from './sdkSender.js';
import { workerEntry } from './workerEntry.js';
import type { ServiceEndpoints } from './serviceEndpoints.js';

/** What the SDK thread is started with: plain data, as sdkSender takes it. */
export interface SdkWorkerData {
  /** One endpoint, or each service's (the real service's two hosts). */
  readonly endpoint: string | ServiceEndpoints;
  readonly region: string;
  readonly credentials: Credentials;
  readonly limits: AnswerLimits;
}

export interface SdkThread {
  readonly send: SendSdk;
  /** Resolves once the thread has loaded the SDK and listens; rejects if it stopped before that. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * sdkSender in a thread of its own, for an endpoint. A call through the AWS SDK costs its thread about three
 * times a raw request (middleware, signing, parsing); in the run's thread that made positive_acceptance a third
 * of a deep run's time while the second core waited. Here the run's thread only copies the input out and the
 * exchange back. The requests, deadlines and answer cap are sdkSender's, unchanged.
 */
export function sdkInWorker(data: SdkWorkerData): SdkThread {
  const { entry, eval: evaluate } = workerEntry('sdkWorker');
  const worker = new Worker(entry, { workerData: data, eval: evaluate });
  const thread = callThread(worker, 'the AWS SDK thread', 'ERR_SDK_THREAD_STOPPED');
  const ready = thread.ready.then(() => undefined);
  // A thread that stopped before it was ready is no unhandled rejection; callers that wait still see it.
  ready.catch(() => undefined);
  return {
    send: (op, input) => thread.call<SdkExchange>('sdk', { op: op.id, input }),
    ready,
    close: async () => void (await worker.terminate()),
  };
}
