import { Agent, request } from 'node:http';
import type { Hostile } from './hostileRequests.js';

export interface Tally {
  readonly byCategory: Record<string, { sent: number; statuses: Record<number, number>; serverErrors: number; refusedConnections: number }>;
  readonly serverErrors: number;
}

/** Sends every request over keep-alive connections, `parallel` at a time, and counts the answers by category. */
export async function sendAll(base: string, requests: readonly Hostile[], parallel = 32, into: Tally['byCategory'] = {}): Promise<Tally> {
  const url = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: parallel });
  const byCategory = into;
  let next = 0;
  const one = (h: Hostile) =>
    new Promise<number>((resolve) => {
      const req = request({ host: url.hostname, port: url.port, method: h.method, path: h.target, headers: h.headers, agent }, (res) => {
        res.resume().on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', () => resolve(-1)); // the server closed the connection: counted, not thrown
      req.end(h.body);
    });
  const worker = async () => {
    for (let i = next++; i < requests.length; i = next++) {
      const h = requests[i] as Hostile;
      const status = await one(h);
      const c = (byCategory[h.category] ??= { sent: 0, statuses: {}, serverErrors: 0, refusedConnections: 0 });
      c.sent++;
      c.statuses[status] = (c.statuses[status] ?? 0) + 1;
      if (status >= 500) c.serverErrors++;
      if (status === -1) c.refusedConnections++;
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  agent.destroy();
  return { byCategory, serverErrors: Object.values(byCategory).reduce((n, c) => n + c.serverErrors, 0) };
}
