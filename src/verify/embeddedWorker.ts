import { parentPort, workerData } from 'node:worker_threads';
import { startServer, type ServerOptions } from '../emulator/http/startServer.js';
import { listenLocalSocket } from './localSocket.js';

/**
 * The embedded emulator's thread (see embeddedEmulator.ts): starts the HTTP server on the options given, says
 * where it listens (its TCP URL, and the local socket the run's own requests take), and closes both when asked.
 */
const port = parentPort;
if (port) {
  const server = await startServer(workerData as ServerOptions);
  const local = await listenLocalSocket(server.server);
  port.on('message', (m: unknown) => {
    if (m === 'close') void Promise.all([server.close(), local?.close()]).then(() => port.postMessage({ closed: true }));
  });
  port.postMessage({ url: server.url, ...(local ? { socketPath: local.path } : {}) });
}
