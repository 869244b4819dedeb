import { parentPort, workerData } from 'node:worker_threads';
import { startServer, type ServerOptions } from '../emulator/http/startServer.js';

/**
 * The embedded emulator's thread (see embeddedEmulator.ts): starts the HTTP server on the options given, says
 * where it listens, and closes it when asked.
 */
const port = parentPort;
if (port) {
  const server = await startServer(workerData as ServerOptions);
  port.on('message', (m: unknown) => {
    if (m === 'close') void server.close().then(() => port.postMessage({ closed: true }));
  });
  port.postMessage({ url: server.url });
}
