import { Worker } from 'node:worker_threads';
import type { SendSdk, SdkExchange } from './sdkSender.js';
import { workerEntry } from './workerEntry.js';
import { reviveError, type SdkReply, type SdkWorkerData } from './sdkWorkerMessages.js';

export interface SdkThread {
  readonly send: SendSdk;
  /** Resolves once the thread has loaded the SDK and listens; rejects if it stopped before that. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * sdkSender in a thread of its own. A call through the AWS SDK costs its thread about three times a raw request
 * (middleware, signing, parsing); in the run's thread that made positive_acceptance a third of a deep run's time
 * while the second core waited. Here the run's thread only copies the input out and the exchange back. The
 * requests, deadlines and answer cap are sdkSender's, unchanged.
 */
export function sdkInWorker(data: SdkWorkerData): SdkThread {
  const { entry, eval: evaluate } = workerEntry('sdkWorker');
  const worker = new Worker(entry, { workerData: data, eval: evaluate });
  const pending = new Map<number, { resolve: (x: SdkExchange) => void; reject: (e: Error) => void }>();
  // Held open while calls are out, and only then: a run that is done never waits for this thread.
  worker.unref();
  let next = 0;
  /** Why the thread is gone, once it is: every call after that fails at once, saying so. */
  let stopped: Error | undefined;
  let isReady: (e?: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => (isReady = (e) => (e ? reject(e) : resolve())));
  // Handled here too: a thread closed before it was ready is no unhandled rejection; callers that wait still see it.
  ready.catch(() => undefined);
  const settle = (id: number) => {
    const call = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker.unref();
    return call;
  };
  worker.on('message', (r: SdkReply | { ready: true }) => {
    if ('ready' in r) return isReady();
    const call = settle(r.id);
    if ('exchange' in r) call?.resolve(r.exchange);
    else call?.reject(reviveError(r.error));
  });
  const stop = (e: Error) => {
    // A code, so that the run's fuse (stopWhenGone) takes it for a connection failure: nothing more can be sent.
    stopped ??= Object.assign(e, { code: 'ERR_SDK_THREAD_STOPPED' });
    isReady(stopped);
    for (const id of [...pending.keys()]) settle(id)?.reject(stopped);
  };
  worker.on('error', (e) => stop(new Error(`chime-conformance: the AWS SDK thread failed: ${e.message}`)));
  worker.on('exit', (code) => stop(new Error(`chime-conformance: the AWS SDK thread stopped (exit ${code})`)));
  const send: SendSdk = (op, input) =>
    new Promise<SdkExchange>((resolve, reject) => {
      // A stopped worker drops what is posted to it: the call would never be answered.
      if (stopped) return reject(stopped);
      const id = next++;
      if (pending.size === 0) worker.ref();
      pending.set(id, { resolve, reject });
      try {
        worker.postMessage({ id, op: op.id, input });
      } catch (e) {
        // An input that cannot be copied (a function, a symbol) is the caller's mistake, said as it is.
        settle(id)?.reject(e as Error);
      }
    });
  return { send, ready, close: async () => void (await worker.terminate()) };
}
