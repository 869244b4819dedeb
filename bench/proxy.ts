/**
 * npm run bench:proxy: what the validating proxy adds to a client's wait. The emulator runs in a child process
 * (as an upstream would, on its own event loop); the same sequence of requests goes to it directly and through
 * the proxy (re-signed, validated both ways, and in the second series recorded as HAR), in alternating blocks so
 * that drift of the machine falls on both alike. Last line:
 * RESULT proxy overhead_ms_p50=<ms> overhead_ratio=<x> record_overhead_ms_p50=<ms> p50_direct_ms=<ms>
 * (overhead: the proxy's p50 minus the direct p50, same run; ratio: proxy p50 over direct p50).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startProxy } from '../src/parity/proxy/startProxy.js';
import { oneEndpoint } from '../src/verify/reach/serviceEndpoints.js';
import { exampleCredentials } from '../src/emulator/wire/sigv4.js';
import { openRecording } from '../src/cli/commands/proxyRecording.js';

const rounds = Number(process.env['BENCH_ROUNDS'] ?? 20);
const perBlock = 100;

async function emulator(): Promise<{ url: string; stop: () => void }> {
  const main = new URL('../src/cli/main.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, ['--import', 'tsx', main, 'serve', '--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'inherit'] });
  for await (const line of createInterface({ input: child.stdout })) {
    const url = /listening on (\S+)/.exec(line)?.[1];
    if (url) return { url, stop: () => child.kill() };
  }
  throw new Error('the emulator did not start');
}

/** The mix: a start, a get of what it made, a list. Each waits for the one before, as an application's calls do. */
function series(base: string, agent: Agent, n: number): Promise<number[]> {
  const call = (method: string, path: string, body?: string) =>
    new Promise<{ ms: number; text: string }>((ok, fail) => {
      const t0 = process.hrtime.bigint();
      const req = request(`${base}${path}`, { method, agent, headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => ok({ ms: Number(process.hrtime.bigint() - t0) / 1e6, text: Buffer.concat(chunks).toString() }));
      });
      req.on('error', fail);
      req.end(body);
    });
  return (async () => {
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const started = await call('POST', `/media-insights-pipelines/bench-${i}/voice-tone-analysis-tasks?operation=start`, '{"LanguageCode":"en-US"}');
      const id = (JSON.parse(started.text) as { VoiceToneAnalysisTask?: { VoiceToneAnalysisTaskId?: string } }).VoiceToneAnalysisTask?.VoiceToneAnalysisTaskId ?? 'missing';
      const got = await call('GET', `/media-insights-pipelines/bench-${i}/voice-tone-analysis-tasks/${id}`);
      const listed = await call('GET', '/voice-profile-domains?max-results=5');
      times.push(started.ms, got.ms, listed.ms);
    }
    return times;
  })();
}

const p50 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const upstream = await emulator();
const dir = mkdtempSync(join(tmpdir(), 'bench-proxy-'));
const plain = await startProxy({ upstream: oneEndpoint(upstream.url), region: 'us-east-1', credentials: exampleCredentials });
const recording = await openRecording(join(dir, 'bench.har'), upstream.url);
const recorded = await startProxy({ upstream: oneEndpoint(upstream.url), region: 'us-east-1', credentials: exampleCredentials, onExchange: (e) => recording.record(e) });
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const times = { direct: [] as number[], proxy: [] as number[], recorded: [] as number[] };
await series(plain.url, agent, perBlock); // warm: JIT, pools, validators
for (let r = 0; r < rounds; r++) {
  times.direct.push(...(await series(upstream.url, agent, perBlock)));
  times.proxy.push(...(await series(plain.url, agent, perBlock)));
  times.recorded.push(...(await series(recorded.url, agent, perBlock)));
}
await Promise.all([plain.close(), recorded.close(), recording.close()]);
upstream.stop();
rmSync(dir, { recursive: true, force: true });
const [direct, proxied, withRecord] = [p50(times.direct), p50(times.proxy), p50(times.recorded)];
console.log(`${times.direct.length} requests each: direct p50 ${direct.toFixed(3)} ms, through the proxy ${proxied.toFixed(3)} ms, recording too ${withRecord.toFixed(3)} ms`);
console.log(
  `RESULT proxy overhead_ms_p50=${(proxied - direct).toFixed(3)} overhead_ratio=${(proxied / direct).toFixed(2)} record_overhead_ms_p50=${(withRecord - direct).toFixed(3)} p50_direct_ms=${direct.toFixed(3)}`,
);
process.exit(0);
