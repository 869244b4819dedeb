import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { steppedClock } from '../../src/emulator/core/clock.js';
import { startServer, type RunningServer } from '../../src/emulator/http/startServer.js';
import { arbitraries, getOperation, operations } from '../../src/index.js';
import { commandFor } from '../support/sdkClients.js';
import { recordingClients, replay, type Captured } from '../support/signedRequests.js';
import { forgeries } from './sigv4Forgeries.js';

const total = 1000;
const now = Date.now();
let server: RunningServer;
let accepted: { readonly sent: readonly Captured[]; readonly statuses: readonly number[] };

/** `total` generated valid inputs, spread over every operation, each sent once through the real SDK v3 client. */
async function sendGenerated(url: string) {
  const clients = recordingClients(url);
  const perOperation = Math.ceil(total / operations.length);
  const inputs = operations.flatMap((id, i) => fc.sample(arbitraries.validRequest(id), { numRuns: perOperation, seed: 20261122 + i }).map((input) => ({ id, input })));
  for (const { id, input } of inputs.slice(0, total)) {
    const op = getOperation(id);
    const client = op.service === 'voice' ? clients.voice : clients.mp;
    // Answers other than 401/403 (404 for an unknown task, 409…) are the emulator speaking after the signature passed.
    await (client.send as (c: unknown) => Promise<unknown>)(new (commandFor(op))(input)).catch(() => undefined);
  }
  return { sent: clients.log.sent, statuses: clients.log.answers.map((a) => a.status) };
}

describe('SigV4 strict mode under load', () => {
  beforeAll(async () => {
    server = await startServer({ clock: steppedClock(now), auth: 'strict' });
    accepted = await sendGenerated(server.url);
  }, 120_000);
  afterAll(async () => server.close());

  it(`accepts ${total} real SDK requests, generated over all ${operations.length} operations`, () => {
    const refused = accepted.statuses.filter((s) => s === 401 || s === 403).length;
    const tally = new Map<number, number>();
    for (const s of accepted.statuses) tally.set(s, (tally.get(s) ?? 0) + 1);
    const byStatus = [...tally].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`);
    console.log(`sigv4: ${accepted.statuses.length} SDK requests sent, ${accepted.statuses.length - refused} accepted, ${refused} refused (answers ${byStatus.join(' ')})`);
    expect(accepted.statuses).toHaveLength(total);
    expect(refused).toBe(0);
  });

  it.each(forgeries)(
    'refuses every one of them broken by: $name',
    async (forgery) => {
      let sent = 0;
      const wrong: string[] = [];
      for (const original of accepted.sent) {
        const forged = await forgery.forge(original, now);
        if (forged === undefined) continue;
        sent += 1;
        const answer = await replay(server.url, forged, forged);
        const message = (JSON.parse(answer.body) as { Message?: string }).Message ?? '';
        if (answer.status !== forgery.status || !forgery.refusal.test(message)) wrong.push(`${forged.method} ${forged.target}: ${answer.status} ${message}`);
      }
      console.log(`sigv4: ${forgery.name}: ${sent} sent, ${sent - wrong.length} refused with ${forgery.status}`);
      expect(sent).toBeGreaterThanOrEqual(forgery.name.includes('body') ? 200 : total);
      expect(wrong.slice(0, 6)).toEqual([]);
    },
    60_000,
  );
});
