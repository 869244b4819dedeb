import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/emulator/http/startServer.js';

const vc = 'abcdef1234567890abcde';

describe('a poller of GET /_chime/events across a reset', () => {
  it('sees the events a reset discarded counted in dropped, and sequence numbers that run on', async () => {
    const server = await startServer({ clock: 'manual', timings: 'fast' });
    const get = (after: number) => fetch(`${server.url}/_chime/events?after=${after}`).then((r) => r.json() as Promise<{ events: { seq: number }[]; next: number; dropped: number }>);
    const post = (path: string, body?: unknown) => fetch(`${server.url}${path}`, { method: 'POST', ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    try {
      await post('/_chime/calls', { voiceConnectorId: vc, transactionId: 'tx-1' });
      const before = await get(0);
      expect(before.events.length).toBeGreaterThan(0);
      expect((await post('/_chime/reset')).status).toBe(200);
      const lost = await get(0);
      expect(lost).toEqual({ events: [], next: before.next, dropped: before.next });
      await post('/_chime/calls', { voiceConnectorId: vc, transactionId: 'tx-2' });
      const after = await get(before.next);
      expect(after.dropped).toBe(0);
      expect(after.events[0]?.seq).toBe(before.next + 1);
    } finally {
      await server.close();
    }
  });
});
