import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LocalSocket {
  /** A Unix socket's path, or a named pipe on Windows: what `socketPath` and an Agent's `socketPath` take. */
  readonly path: string;
  close(): Promise<void>;
}

/**
 * The same HTTP server on a Unix socket as well as its TCP port, for a client in the same process. The bytes and
 * the server are the same; the kernel's work per request is not: a loopback TCP write goes through the whole
 * TCP stack (segments, ACKs) on the writing thread, and cost the checking thread of a verify run over a third of
 * its time per request. Undefined when no socket can be made (a read-only temp dir, a path too long): the run
 * then goes over TCP as before.
 */
export async function listenLocalSocket(server: Server): Promise<LocalSocket | undefined> {
  const name = `chime-conformance-${process.pid}-${randomBytes(6).toString('hex')}`;
  const path = process.platform === 'win32' ? `\\\\?\\pipe\\${name}` : join(tmpdir(), `${name}.sock`);
  // Connections are handed to the HTTP server as its own: same parser, timeouts, keep-alive and close.
  const local = createServer((socket) => server.emit('connection', socket));
  try {
    await new Promise<void>((resolve, reject) => local.once('error', reject).listen(path, resolve));
  } catch {
    return undefined;
  }
  return { path, close: () => new Promise<void>((resolve) => local.close(() => resolve())) };
}
