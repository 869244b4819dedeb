/**
 * Issue 24's story: two shapes of a real consumer's handler, run unchanged against `serve --strict-resources
 * --clock manual --events-url`, driven by the events it emits. One passes the call ID as its token (one task for
 * both legs); one passes none and starts a task per leg. Nothing documented refuses the second, so both must run
 * without an error on the default semantics and receive tone results for their own tasks; only
 * `--semantics strict` (our choice, for teams testing their handling of it) refuses the second start.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { sdkClients } from '../support/sdk.js';
import { serveProcess, type ServedEmulator } from '../support/serveProcess.js';
import { voiceToneConsumer, type TokenShape } from './voiceToneConsumer.js';

const vc = 'abcdef1234567890abcde';
type Event = { 'detail-type': string; detail: Record<string, unknown> };
const running: { served: ServedEmulator; receiver: Server }[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) await Promise.all([r.served.stop(), new Promise((ok) => r.receiver.close(ok))]);
});

/** serve with a receiver that hands each event to the consumer in order, keeping what the handler threw. */
async function consumerOnServe(token: TokenShape, semantics: readonly string[]) {
  const received: Event[] = [];
  const failures: string[] = [];
  let handling = Promise.resolve();
  let consumer: ReturnType<typeof voiceToneConsumer> | undefined;
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const event = JSON.parse(body) as Event;
      received.push(event);
      handling = handling.then(() => consumer?.handle(event)).catch((e: Error) => void failures.push(`${e.name}: ${e.message}`));
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/events`;
  const served = await serveProcess(['--clock', 'manual', '--strict-resources', '--timings', 'real', ...semantics, '--events-url', url]);
  running.push({ served, receiver });
  consumer = voiceToneConsumer(sdkClients(served.url).voice, token);
  const control = (path: string, body?: unknown) => fetch(`${served.url}${path}`, { method: 'POST', ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const until = async (what: string, done: () => boolean) => {
    for (let i = 0; i < 400 && !done(); i++) await new Promise((r) => setTimeout(r, 25));
    await handling;
    if (!done()) throw new Error(`waited 10 s for ${what}; received: ${received.map((e) => String(e.detail['detailStatus'])).join(', ')}; failures: ${failures.join('; ')}`);
  };
  return { received, failures, consumer, control, until };
}

/** A call with both legs ready, ten seconds of speech, then the end of the call. */
async function oneCall(c: Awaited<ReturnType<typeof consumerOnServe>>) {
  await c.control('/_chime/calls', { voiceConnectorId: vc, transactionId: 'tx-1', callId: 'call-1' });
  await c.until('both legs analytics-ready and handled', () => c.consumer.started.length + c.failures.length === 2);
  await c.control('/_chime/clock/advance', { ms: 500 + 2 * 5000 });
  await c.control(`/_chime/calls/${vc}/tx-1/end`);
}

describe('real consumer shapes against serve --events-url', () => {
  it.each([
    ['passes the call ID as its token', 'call id', 1],
    ['passes no token and starts a task per leg', 'none', 2],
  ] as const)('a handler that %s runs without an error and receives tone results for its tasks', { timeout: 30_000 }, async (_, token, tasks) => {
    const c = await consumerOnServe(token, []);
    await oneCall(c);
    const completed = () => c.received.filter((e) => e.detail['detailStatus'] === 'VoiceToneAnalysisCompleted');
    await c.until('the completion of every task on both legs', () => completed().length === 2 * tasks);
    expect(c.failures).toEqual([]);
    expect(new Set(c.consumer.started).size).toBe(tasks);
    for (const task of c.consumer.started) {
      const mine = c.consumer.segments.filter((s) => s.taskId === task);
      expect(mine.map((s) => s.isCaller).sort()).toEqual([false, false, true, true]);
    }
    expect(c.consumer.segments.every((s) => c.consumer.started.includes(s.taskId))).toBe(true);
  });

  it('with --semantics strict, the per-leg handler meets the ConflictException that is our choice', { timeout: 30_000 }, async () => {
    const c = await consumerOnServe('none', ['--semantics', 'strict']);
    await oneCall(c);
    expect(c.consumer.started).toHaveLength(1);
    expect(c.failures).toEqual([expect.stringMatching(/^ConflictException: Task .* is already active on this call\.$/)]);
  });
});
