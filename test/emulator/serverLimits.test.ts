import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer, type ServerOptions } from '../../src/emulator/http/startServer.js';

let server: RunningServer | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await server?.close();
  server = undefined;
});

const start = async (options: ServerOptions) => (server = await startServer({ drainMs: 200, ...options }));

/** A raw connection that has sent `text`: what it received and when the server closed it. */
async function send(s: RunningServer, text: string): Promise<{ ended: Promise<{ received: string; afterMs: number }> }> {
  const socket = connect(s.port, '127.0.0.1');
  sockets.push(socket);
  await new Promise((ok) => socket.once('connect', ok));
  const t0 = Date.now();
  let received = '';
  socket.on('data', (d: Buffer) => (received += d.toString()));
  socket.on('error', () => undefined); // a reset is one way of being closed
  socket.write(text);
  return { ended: new Promise((ok) => socket.once('close', () => ok({ received, afterMs: Date.now() - t0 }))) };
}

// Promises 100 bytes of body and sends 4: an upload that stalls.
const halfUpload = 'POST /voice-profile-domains HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"Na';
const list = 'GET /voice-profile-domains HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
const settle = () => new Promise((r) => setTimeout(r, 150));

describe('server limits', () => {
  it('maxConnections: with two uploads stalled, a third connection is closed unanswered; once one ends, others are served', async () => {
    const s = await start({ maxConnections: 2 });
    const stalled = [await send(s, halfUpload), await send(s, halfUpload)];
    await settle();
    expect((await (await send(s, list)).ended).received).toBe('');
    sockets[0]?.destroy();
    await Promise.race([stalled[0]?.ended, settle()]);
    await settle();
    expect((await (await send(s, list)).ended).received).toMatch(/^HTTP\/1\.1 200 /);
  });

  it('requestTimeoutMs: a stalled upload is answered 408 and cut after the request timeout', { timeout: 10_000 }, async () => {
    const s = await start({ requestTimeoutMs: 500 });
    const { received, afterMs } = await (await send(s, halfUpload)).ended;
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
    expect(afterMs).toBeGreaterThanOrEqual(450);
    expect(afterMs).toBeLessThan(2500);
  });

  it('close: a stalled upload is cut once drainMs runs out, and onDrainCut is told how many', async () => {
    const cuts: number[] = [];
    const s = await start({ drainMs: 300, onDrainCut: (n) => cuts.push(n) });
    const stalled = await send(s, halfUpload);
    await settle();
    const t0 = Date.now();
    await s.close();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(cuts).toEqual([1]);
    expect((await stalled.ended).received).toBe('');
    expect(s.close()).toBe(s.close());
  });

  it('close: with nothing in flight it ends at once and cuts nothing', async () => {
    const cuts: number[] = [];
    const s = await start({ drainMs: 5_000, onDrainCut: (n) => cuts.push(n) });
    expect((await (await send(s, list)).ended).received).toMatch(/^HTTP\/1\.1 200 /);
    const t0 = Date.now();
    await s.close();
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(cuts).toEqual([]);
  });
});
