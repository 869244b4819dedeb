import { parentPort, workerData } from 'node:worker_threads';
import { startServer } from '../../emulator/http/startServer.js';
import { answerCalls } from './answerCalls.js';
import type { EmbeddedWorkerData } from './embeddedEmulator.js';
import { sdkCallHandler } from './sdkCallHandler.js';
import { sdkSender } from './sdkSender.js';
import { wireClient } from './wireClient.js';

/**
 * The embedded emulator's thread (see embeddedEmulator.ts): starts the HTTP server on the options given, then
 * answers the run's raw requests and SDK calls through that server's own wire, and closes the server when asked.
 */
const port = parentPort;
if (port) {
  const data = workerData as EmbeddedWorkerData;
  const server = await startServer(data.emulator);
  const raw = wireClient(server.url, server.respond, data.limits.maxAnswerBytes);
  const sdk = sdkSender(server.url, data.sdk.region, data.sdk.credentials, data.limits, raw);
  answerCalls(port, { raw, sdk: sdkCallHandler(sdk), close: () => server.close() }, { url: server.url });
}
