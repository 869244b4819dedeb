import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * A close for `server` that ends in bounded time: it stops accepting connections, lets requests in flight be
 * answered, and after `drainMs` destroys the connections still open, telling `onCut` how many. Node stops
 * enforcing requestTimeout once a server closes, so without the deadline half a request would hold it forever.
 * Call it before the server listens (it counts connections from the first); calling the close again returns the same promise.
 */
export function drainingClose(server: Server, drainMs: number, onCut?: (connections: number) => void): () => Promise<void> {
  const open = new Set<Socket>();
  server.on('connection', (socket: Socket) => open.add(socket.once('close', () => open.delete(socket))));
  let closing: Promise<void> | undefined;
  return () =>
    (closing ??= new Promise((resolve) => {
      const deadline = setTimeout(() => {
        onCut?.(open.size);
        for (const socket of open) socket.destroy();
      }, drainMs);
      server.close(() => {
        clearTimeout(deadline);
        resolve();
      });
      server.closeIdleConnections();
    }));
}
