import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { keepAlivePool } from '../../src/shared/keepAlivePool.js';

describe('keepAlivePool', () => {
  it("drops an idle connection a second before the endpoint's announced keep-alive timeout", async () => {
    const server = createServer((_req, res) => res.end('ok'));
    server.keepAliveTimeout = 3_000; // announced as `Keep-Alive: timeout=3`
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { agent } = keepAlivePool(false, 4);
    try {
      const port = (server.address() as AddressInfo).port;
      await new Promise<void>((resolve, reject) =>
        request({ host: '127.0.0.1', port, agent }, (res) => res.resume().on('end', resolve))
          .on('error', reject)
          .end(),
      );
      await new Promise((r) => setImmediate(r));
      const idle = Object.values(agent.freeSockets).flat();
      expect(idle).toHaveLength(1);
      expect(idle[0]?.timeout).toBe(2_000);
    } finally {
      agent.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('drops every idle connection on demand, so the next request opens a new one', async () => {
    const server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { agent, dropIdle } = keepAlivePool(false, 4);
    try {
      const port = (server.address() as AddressInfo).port;
      const get = () =>
        new Promise<void>((resolve, reject) =>
          request({ host: '127.0.0.1', port, agent }, (res) => res.resume().on('end', resolve))
            .on('error', reject)
            .end(),
        );
      await Promise.all([get(), get()]);
      await new Promise((r) => setImmediate(r));
      const idle = Object.values(agent.freeSockets).flat();
      expect(idle).toHaveLength(2);
      dropIdle();
      expect(idle.every((s) => s?.destroyed)).toBe(true);
    } finally {
      agent.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
