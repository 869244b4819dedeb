/**
 * Issue 13's story from outside the process: `serve --clock manual --events-url` POSTs events to a consumer
 * written like the Live Call Analytics sample, which starts its task through the API on AnalyticsReady and
 * turns each result into a sentiment segment; the test moves time only through the control plane.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateEvent } from '../../src/contract/validateEvent.js';
import { sdkClients } from '../support/sdk.js';
import { serveProcess, type ServedEmulator } from '../support/serveProcess.js';
import { voiceToneConsumer } from './voiceToneConsumer.js';

const vc = 'abcdef1234567890abcde';
let receiver: Server;
let served: ServedEmulator;
const received: { 'detail-type': string; time: string; detail: Record<string, unknown> }[] = [];
let consumer: ReturnType<typeof voiceToneConsumer>;
let handling = Promise.resolve();

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const event = JSON.parse(body) as (typeof received)[number];
      received.push(event);
      handling = handling.then(() => consumer.handle(event));
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/events`;
  served = await serveProcess(['--clock', 'manual', '--strict-resources', '--events-url', url]);
  consumer = voiceToneConsumer(sdkClients(served.url).voice);
}, 30_000);
afterAll(async () => {
  await served.stop();
  receiver.close();
});

const control = (path: string, body?: unknown) => fetch(`${served.url}${path}`, { method: 'POST', ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
async function until(what: string, done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 25));
  await handling;
  if (!done()) throw new Error(`waited 5 s for ${what}; received: ${received.map((e) => e.detail['detailStatus']).join(', ')}`);
}

describe('a Live Call Analytics style consumer against serve --clock manual --events-url', () => {
  it('starts its analysis on AnalyticsReady and reads every result as a sentiment segment', { timeout: 30_000 }, async () => {
    await control('/_chime/calls', { voiceConnectorId: vc, transactionId: 'lca-1', callId: 'call-lca-1' });
    await until('both legs analytics-ready and the task started', () => consumer.started.length === 2);
    expect(new Set(consumer.started).size).toBe(1); // the call ID as token: one task for both events
    await control('/_chime/clock/advance', { ms: 500 + 2 * 5000 }); // out of the queue, then two stretches of speech
    await control(`/_chime/calls/${vc}/lca-1/end`);
    await until('the completion of both legs', () => received.filter((e) => e.detail['detailStatus'] === 'VoiceToneAnalysisCompleted').length === 2);

    expect(received.map((e) => `${String(e.detail['detailStatus'])}:${String(e.detail['isCaller'])}`)).toEqual([
      'AnalyticsReady:true',
      'AnalyticsReady:false',
      'VoiceToneAnalysisSuccessful:true',
      'VoiceToneAnalysisSuccessful:false',
      'VoiceToneAnalysisSuccessful:true',
      'VoiceToneAnalysisSuccessful:false',
      'VoiceToneAnalysisCompleted:true',
      'VoiceToneAnalysisCompleted:false',
    ]);
    expect(consumer.segments).toHaveLength(4);
    for (const s of consumer.segments) {
      expect(s.taskId).toBe(consumer.started[0]);
      expect(s.endMs - s.startMs).toBe(5000);
      expect(s.positive + s.negative + s.neutral).toBeCloseTo(1, 2);
      expect(['positive', 'negative', 'neutral']).toContain(s.label);
      expect(s.label).toBe(Object.entries({ positive: s.positive, negative: s.negative, neutral: s.neutral }).sort((a, b) => b[1] - a[1])[0]?.[0]);
    }
    for (const e of received) expect(validateEvent(e), JSON.stringify(e)).toEqual({ valid: true, issues: [] });
    const times = received.map((e) => Date.parse(e.time));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
