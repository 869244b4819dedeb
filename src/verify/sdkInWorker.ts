import { Worker } from 'node:worker_threads';
import type { SendSdk, SdkExchange } from './sdkSender.js';
import { workerEntry } from './workerEntry.js';
import { reviveError, type SdkReply, type SdkWorkerData } from './sdkWorkerMessages.js';

export interface SdkThread {
  readonly send: SendSdk;
  /** Resolves once the thread has loaded the SDK and listens (or has stopped: calls then fail, saying so). */
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
  let isReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (isReady = resolve));
  worker.once('exit', () => isReady());
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
  const failAll = (e: Error) => {
    for (const id of [...pending.keys()]) settle(id)?.reject(e);
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`chime-conformance: the AWS SDK thread stopped (exit ${code})`)));
  const send: SendSdk = (op, input) =>
    new Promise<SdkExchange>((resolve, reject) => {
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
