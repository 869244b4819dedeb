import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/emulator/http/startServer.js';
import { hostileRequests, hugeBody } from './hostileRequests.js';
import { sendAll } from './sendAll.js';

/** CI sends a reduced count; `npm run bench:hostile` sends the full 100,000. */
const count = Number(process.env['HOSTILE_REQUESTS'] ?? 3000);

describe('hostile requests against the HTTP server', () => {
  it(`${count} generated hostile requests: no 5xx, no crash, Object.prototype untouched, memory bounded`, { timeout: 180_000 }, async () => {
    const server = await startServer({});
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    const rssBefore = process.memoryUsage().rss;
    try {
      const tally = await sendAll(server.url, [...hostileRequests(count, 20261122), hugeBody()]);
      for (const [category, c] of Object.entries(tally.byCategory)) console.log(`hostile: ${category}: ${c.sent} sent, statuses ${JSON.stringify(c.statuses)}`);
      expect(tally.serverErrors).toBe(0);
      expect(Object.values(tally.byCategory).map((c) => c.sent).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(count);
      // The server still answers, and answers right, after all of it.
      expect((await fetch(`${server.url}/voice-profile-domains`)).status).toBe(200);
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
    } finally {
      await server.close();
    }
  });
});
