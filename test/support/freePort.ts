import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A port nothing listens on now: taken from the system, then given back. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
  const { port } = probe.address() as AddressInfo;
  await new Promise((ok) => probe.close(ok));
  return port;
}
