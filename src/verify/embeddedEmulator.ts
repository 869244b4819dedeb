import { Worker } from 'node:worker_threads';
import type { ServerOptions } from '../emulator/http/startServer.js';
import { workerEntry } from './workerEntry.js';

export interface EmbeddedEmulator {
  readonly url: string;
  /** The same server on a Unix socket (a named pipe on Windows), cheaper per request than TCP; absent if none could be made. */
  readonly socketPath?: string;
  close(): Promise<void>;
}

/**
 * Options a worker can be given: plain data only (no clock, no hooks). The embedded run needs no more than
 * lifecycle timings, the auth mode, key pairs and the region.
 */
export type EmbeddedOptions = Pick<ServerOptions, 'auth' | 'credentials' | 'region' | 'lifecycle' | 'port' | 'host'>;

/**
 * The reference emulator on node:http, in a thread of its own: `verify` and the emulator it checks then use two
 * cores instead of taking turns on one (a reference run is CPU-bound). It is the same server over the same
 * loopback HTTP as `serve`; only the thread differs.
 */
export async function startEmbeddedEmulator(options: EmbeddedOptions): Promise<EmbeddedEmulator> {
  const { entry, eval: evaluate } = workerEntry('embeddedWorker');
  const worker = new Worker(entry, { workerData: options, eval: evaluate });
  // The run holds its own sockets open; the thread alone never keeps the process alive.
  worker.unref();
  const listening = await new Promise<{ url: string; socketPath?: string }>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`chime-conformance: the embedded emulator stopped before it listened (exit ${code})`)));
    worker.once('message', (m: { url: string; socketPath?: string }) => resolve(m));
  });
  worker.removeAllListeners('exit');
  worker.removeAllListeners('error');
  // An emulator that fails after it started is seen by the run as an endpoint that went away (the fuse).
  worker.on('error', () => undefined);
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      worker.once('message', () => resolve());
      worker.once('exit', () => resolve());
      worker.postMessage('close');
    }).then(async () => void (await worker.terminate())));
  return { ...listening, close };
}
