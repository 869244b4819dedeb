/** serve --events-url's delivery, in-process: order kept through retries, a dead target never holds the API. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/emulator/http/startServer.js';
import { deliverEvents } from '../../src/emulator/http/eventDelivery.js';

const vc = 'abcdef1234567890abcde';
let servers: { close(): unknown }[] = [];
afterEach(async () => {
  for (const s of servers) await s.close();
  servers = [];
});

/** A target that answers 503 to its first `failures` POSTs, then 200, keeping the order it accepted. */
async function flakyTarget(failures: number): Promise<{ url: string; accepted: string[]; attempts: () => number }> {
  const accepted: string[] = [];
  let attempts = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      attempts++;
      if (attempts <= failures) {
        res.writeHead(503).end();
        return;
      }
      const e = JSON.parse(body) as { detail: { transactionId: string; isCaller: boolean } };
      accepted.push(`${e.detail.transactionId}:${e.detail.isCaller}`);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, accepted, attempts: () => attempts };
}

const waitFor = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 25));
};

describe('event delivery', () => {
  it('retries a failing target with backoff and keeps the order', async () => {
    const target = await flakyTarget(3);
    const emulator: RunningServer = await startServer({ clock: 'manual' });
    servers.push(emulator);
    const delivery = deliverEvents(emulator.core, [target.url], () => undefined);
    emulator.core.startCall(vc, 'tx-1');
    emulator.core.startCall(vc, 'tx-2');
    await waitFor(() => target.accepted.length === 4);
    delivery.stop();
    expect(target.accepted).toEqual(['tx-1:true', 'tx-1:false', 'tx-2:true', 'tx-2:false']);
    expect(target.attempts()).toBe(7);
  });

  it('a target that never answers holds no API answer (the requests below would hang the test otherwise)', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    servers.push({ close: () => (silent.closeAllConnections(), silent.close()) });
    const emulator = await startServer({ clock: 'manual' });
    servers.push(emulator);
    const said: string[] = [];
    const delivery = deliverEvents(emulator.core, [`http://127.0.0.1:${(silent.address() as AddressInfo).port}/`], (l) => said.push(l));
    await fetch(`${emulator.url}/_chime/calls`, { method: 'POST', body: JSON.stringify({ voiceConnectorId: vc, transactionId: 'tx-9' }) });
    const answer = await fetch(`${emulator.url}/voice-profile-domains`);
    expect(answer.status).toBe(200);
    delivery.stop();
    // Still on its first event when stopped: both AnalyticsReady events are said to be lost, none given up on before.
    expect(said).toEqual(['events: 2 event(s) not delivered at shutdown']);
  });
});

/** A target that answers every POST with `status` (and a Location), counting them. */
async function answering(status: number, location?: string): Promise<{ url: string; posts: () => number; closed: () => number }> {
  let posts = 0;
  let closed = 0;
  const server = createServer((req, res) => {
    posts++;
    req.on('close', () => closed++);
    req.resume().on('end', () => (status === 0 ? undefined : res.writeHead(status, location ? { location } : {}).end()));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push({ close: () => (server.closeAllConnections(), new Promise((r) => server.close(r))) });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/events?key=secret-in-query`, posts: () => posts, closed: () => closed };
}

describe('event delivery is safe and quiet', () => {
  it('does not follow a redirect (not to another port, not to the emulator itself): a failed attempt, named', async () => {
    const elsewhere = await answering(200);
    const emulator = await startServer({ clock: 'manual', timings: 'fast' });
    servers.push(emulator);
    const redirecting = await answering(307, `${emulator.url}/_chime/reset`);
    const said: string[] = [];
    // A window far longer than the two failures take, so both land in the first summary also on a loaded machine
    // (at 50 ms, a fresh-clone run once split them across two windows).
    const delivery = deliverEvents(emulator.core, [redirecting.url], (l) => said.push(l), { summaryMs: 1000, retry: { attempts: 2, baseMs: 1 } });
    emulator.core.startCall(vc, 'tx-1');
    await waitFor(() => said.length > 0);
    delivery.stop();
    expect(redirecting.posts()).toBe(4); // two events (one per leg), two attempts each
    expect(elsewhere.posts()).toBe(0);
    expect(emulator.core.snapshot().calls.count).toBe(1); // no reset reached it
    expect(said[0]).toMatch(/^events to http:\/\/127\.0\.0\.1:\d+\/events in the last 1 s: 2 not delivered \(last: answered 307, a redirect, which is not followed, 2 attempts\)$/);
  });

  it('sums a dead target up in one line per interval, not one per event, never showing its query; --quiet says none', async () => {
    const dead = await answering(503);
    for (const quiet of [false, true]) {
      const emulator = await startServer({ clock: 'manual', timings: 'fast' });
      servers.push(emulator);
      const said: string[] = [];
      const delivery = deliverEvents(emulator.core, [dead.url], (l) => said.push(l), { summaryMs: 200, retry: { attempts: 1, baseMs: 1 }, quiet });
      for (let i = 0; i < 20; i++) emulator.core.startCall(vc, `tx-${i}`);
      await waitFor(() => dead.posts() >= 40 * (quiet ? 2 : 1));
      await new Promise((r) => setTimeout(r, 250));
      delivery.stop();
      if (quiet) expect(said).toEqual([]);
      else {
        expect(said.length).toBeLessThanOrEqual(3);
        expect(said.join('\n')).not.toContain('secret-in-query');
        expect(said.reduce((n, l) => n + Number(/: (\d+) not delivered/.exec(l)?.[1] ?? 0), 0)).toBe(40);
      }
    }
  });

  it('cuts a POST in flight when stopped, so shutdown waits for no target', async () => {
    const silent = await answering(0);
    const emulator = await startServer({ clock: 'manual', timings: 'fast' });
    servers.push(emulator);
    const said: string[] = [];
    const delivery = deliverEvents(emulator.core, [silent.url], (l) => said.push(l));
    emulator.core.startCall(vc, 'tx-1');
    await waitFor(() => silent.posts() === 1);
    delivery.stop();
    await waitFor(() => silent.closed() === 1);
    expect(silent.closed()).toBe(1);
    expect(said).toEqual(['events: 2 event(s) not delivered at shutdown']);
  });
});

describe('event delivery against a target that keeps failing', () => {
  it('leaves no listener behind per retry: Node warns of none, however many events wait', async () => {
    const failing = await answering(503);
    const emulator = await startServer({ clock: 'manual', timings: 'fast' });
    servers.push(emulator);
    const warnings: string[] = [];
    const warned = (w: Error) => void warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', warned);
    try {
      const delivery = deliverEvents(emulator.core, [failing.url], () => undefined, { retry: { attempts: 4, baseMs: 1 } });
      for (let i = 0; i < 10; i++) emulator.core.startCall(vc, `tx-${i}`);
      await waitFor(() => failing.posts() >= 80);
      delivery.stop();
      await new Promise((r) => setImmediate(r));
      expect(failing.posts()).toBe(80);
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', warned);
    }
  });
});
