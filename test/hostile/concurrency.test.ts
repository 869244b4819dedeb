import { Agent, request } from 'node:http';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEmulatorCore } from '../../src/emulator/core/createCore.js';
import { startServer } from '../../src/emulator/http/startServer.js';
import { createWire } from '../../src/emulator/wire/createWire.js';
import type { RawRequest } from '../../src/emulator/wire/types.js';

const starts = Number(process.env['CONCURRENT_STARTS'] ?? 10_000);

/** Start number i: a tenth share a token with nine others (same token, same input), the rest have their own. */
function startRequest(i: number): { token: string; raw: RawRequest } {
  const token = i % 10 === 0 ? `shared-${Math.floor(i / 100)}` : `own-${i}`;
  const body = JSON.stringify({ LanguageCode: 'en-US', ClientRequestToken: token });
  const raw = {
    method: 'POST',
    target: `/media-insights-pipelines/pipe-${token}/voice-tone-analysis-tasks?operation=start`,
    headers: { 'content-type': 'application/json' },
    body: new TextEncoder().encode(body),
  };
  return { token, raw };
}

const taskIdOf = (body: string | undefined): string =>
  (JSON.parse(body ?? '{}') as { VoiceToneAnalysisTask?: { VoiceToneAnalysisTaskId?: string } }).VoiceToneAnalysisTask?.VoiceToneAnalysisTaskId ?? '';

describe('concurrent starts', () => {
  it(`${starts} concurrent starts over HTTP: one task per token and input, every 201 retrievable, none lost or doubled`, { timeout: 120_000 }, async () => {
    const server = await startServer({});
    const agent = new Agent({ keepAlive: true, maxSockets: 256 });
    const { hostname, port } = new URL(server.url);
    const send = (r: RawRequest) =>
      new Promise<{ status: number; body: string }>((ok, fail) => {
        const req = request({ host: hostname, port, method: r.method, path: r.target, headers: r.headers, agent }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', fail);
        req.end(r.body);
      });
    try {
      const planned = Array.from({ length: starts }, (_, i) => startRequest(i));
      const answers = await Promise.all(planned.map((p) => send(p.raw)));
      expect(answers.filter((a) => a.status !== 201)).toEqual([]);
      const idsByToken = new Map<string, Set<string>>();
      answers.forEach((a, i) => idsByToken.set(planned[i]?.token ?? '', (idsByToken.get(planned[i]?.token ?? '') ?? new Set()).add(taskIdOf(a.body))));
      expect([...idsByToken.values()].filter((ids) => ids.size !== 1)).toEqual([]);
      expect(server.core.taskCount()).toBe(idsByToken.size);
      const gets = await Promise.all(
        [...idsByToken].map(([token, ids]) => send({ method: 'GET', target: `/media-insights-pipelines/pipe-${token}/voice-tone-analysis-tasks/${[...ids][0]}`, headers: {}, body: undefined })),
      );
      expect(gets.filter((g) => g.status !== 200)).toEqual([]);
    } finally {
      agent.destroy();
      await server.close();
    }
  });

  it('under fast-check scheduling of the same starts in-process: any interleaving gives one task per token', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), async (s) => {
        const core = createEmulatorCore();
        const wire = createWire(core);
        const planned = Array.from({ length: 60 }, (_, i) => startRequest(i * 7));
        const answers = planned.map((p) => s.schedule(Promise.resolve(p.raw)).then((raw) => wire.handle(raw)));
        await s.waitAll();
        const done = await Promise.all(answers);
        const idsByToken = new Map<string, Set<string>>();
        done.forEach((a, i) => idsByToken.set(planned[i]?.token ?? '', (idsByToken.get(planned[i]?.token ?? '') ?? new Set()).add(taskIdOf(a.body))));
        expect(done.every((a) => a.status === 201)).toBe(true);
        expect([...idsByToken.values()].every((ids) => ids.size === 1)).toBe(true);
        expect(core.taskCount()).toBe(idsByToken.size);
      }),
      { numRuns: 100 },
    );
  });
});
