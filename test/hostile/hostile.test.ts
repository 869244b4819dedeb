import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/emulator/http/startServer.js';
import { hostileRequests, hugeBody } from './hostileRequests.js';
import { sendAll } from './sendAll.js';

/**
 * CI sends a reduced count; `npm run bench:hostile` sends the full 100,000.
 *
 * Memory is not asserted here. This process holds the generator, vitest and the server together, and its RSS
 * is at the garbage collector's whim: the same code measured 35 to 204 MB of growth, so a 100 MB cap passed or
 * failed by chance. bench:hostile measures the server alone, in a process of its own, after full collections.
 * What is asserted is what our code decides about memory: the server keeps nothing for a request it refused,
 * so everything it holds afterwards was made by a request it answered 201.
 */
const count = Number(process.env['HOSTILE_REQUESTS'] ?? 3000);

describe('hostile requests against the HTTP server', () => {
  it(`${count} generated hostile requests: no 5xx, no crash, Object.prototype untouched, nothing kept for a refused request`, { timeout: 180_000 }, async () => {
    const server = await startServer({});
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    try {
      const tally = await sendAll(server.url, [...hostileRequests(count, 20261122), hugeBody()]);
      for (const [category, c] of Object.entries(tally.byCategory)) console.log(`hostile: ${category}: ${c.sent} sent, statuses ${JSON.stringify(c.statuses)}`);
      expect(tally.serverErrors).toBe(0);
      expect(
        Object.values(tally.byCategory)
          .map((c) => c.sent)
          .reduce((a, b) => a + b, 0),
      ).toBeGreaterThanOrEqual(count);
      // The server still answers, and answers right, after all of it.
      expect((await fetch(`${server.url}/voice-profile-domains`)).status).toBe(200);
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      const created = Object.values(tally.byCategory).reduce((n, c) => n + (c.statuses[201] ?? 0), 0);
      const held = server.core.snapshot();
      expect(held.tasks.count + held.voiceProfileDomains.count + held.voiceProfiles.count).toBeLessThanOrEqual(created);
    } finally {
      await server.close();
    }
  });
});
