import { parentPort, workerData } from 'node:worker_threads';
import { getOperation } from '../contract/catalog.js';
import { sdkSender } from './sdkSender.js';
import { flattenError, type SdkCall, type SdkReply, type SdkWorkerData } from './sdkWorkerMessages.js';

/**
 * The thread that makes a run's AWS SDK calls (see sdkInWorker.ts): the SDK client, its deadlines and its
 * answer cap live here, as they would in the run's own thread.
 */
const port = parentPort;
if (port) {
  const d = workerData as SdkWorkerData;
  const send = sdkSender(d.endpoint, d.region, d.credentials, d.limits, d.via);
  const reply = (r: SdkReply) => {
    try {
      port.postMessage(r);
    } catch (e) {
      // What the SDK read could not be copied to the run's thread: say so rather than leave the call waiting.
      port.postMessage({ id: r.id, error: flattenError(e) });
    }
  };
  // Loaded and listening: the run's first calls do not wait for the SDK to load.
  port.postMessage({ ready: true });
  port.on('message', (m: SdkCall) => {
    // Inside the promise: an operation this thread does not know fails its call, not the thread.
    Promise.resolve()
      .then(() => send(getOperation(m.op), m.input))
      .then(
        (exchange) => reply({ id: m.id, exchange }),
        (e: unknown) => reply({ id: m.id, error: flattenError(e) }),
      );
  });
}
