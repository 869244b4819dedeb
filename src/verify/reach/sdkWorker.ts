import { parentPort, workerData } from 'node:worker_threads';
import { answerCalls } from './answerCalls.js';
import { sdkCallHandler } from './sdkCallHandler.js';
import type { SdkWorkerData } from './sdkInWorker.js';
import { sdkSender } from './sdkSender.js';

/**
 * The thread that makes a run's AWS SDK calls to an endpoint (see sdkInWorker.ts): the SDK client, its
 * deadlines and its answer cap live here, as they would in the run's own thread.
 */
const port = parentPort;
if (port) {
  const d = workerData as SdkWorkerData;
  answerCalls(port, { sdk: sdkCallHandler(sdkSender(d.endpoint, d.region, d.credentials, d.limits)) });
}
