import { Agent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';

/**
 * How long a pooled connection may idle, at most. Given an idle limit, Node's agent also honours the endpoint's
 * `Keep-Alive: timeout=N` hint (less a second), so a socket is dropped by us before the endpoint drops it under
 * a request. Node's own servers say 5 s.
 */
const idleMs = 4_000;

export interface KeepAlivePool {
  readonly agent: Agent;
  /**
   * Closes every idle pooled connection. Called when one of them turned out stale: the others idled as long,
   * and a request sent again must go out on a new connection, not on the next stale one.
   */
  readonly dropIdle: () => void;
}

/** One keep-alive pool for an endpoint (or a new connection each time, when keepAlive is false). */
export function keepAlivePool(https: boolean, maxSockets: number, keepAlive = true): KeepAlivePool {
  const options = { keepAlive, maxSockets, timeout: idleMs };
  const agent = https ? new HttpsAgent(options) : new Agent(options);
  const dropIdle = () => {
    for (const sockets of Object.values(agent.freeSockets)) for (const socket of sockets ?? []) socket.destroy();
  };
  return { agent, dropIdle };
}
