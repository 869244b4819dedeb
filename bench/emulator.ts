/**
 * npm run bench:emulator: the emulator over HTTP against a bare node:http JSON server in the same run,
 * both in a child process. Throughput ratio and p99 at 64 connections (a start/get/stop mix), Get latency
 * with 1M stored tasks against 1k, bytes per stored task. Last line:
 * RESULT emulator ratio=<x> p99_ratio=<r> p99_ms=<y> scale=<z> bytes_per_task=<w>
 * (ratio: the emulator's throughput over the bare server's; p99_ratio: its p99 over the bare server's, same run).
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';
import { benchId } from './_internals/ids.js';

const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const large = Number(process.env['BENCH_TASKS'] ?? 1_000_000);
const json = { 'content-type': 'application/json' };

async function servers(stored: number) {
  const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', new URL('./_internals/servers.ts', import.meta.url).pathname, String(stored)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = await createInterface({ input: child.stdout })
    [Symbol.asyncIterator]()
    .next()
    .then((r) => [r.value as string]);
  return { ...(JSON.parse(line ?? '{}') as { emulator: string; bare: string; bytesPerTask: number }), stop: () => child.kill() };
}

/** A third each of start, get and stop; get and stop act on tasks stored beforehand, so all succeed. */
function mix(stored: number): autocannon.Request[] {
  let n = 0;
  let g = 0;
  let s = stored - 1;
  return [
    { method: 'POST', headers: json, setupRequest: (r) => ({ ...r, path: `/media-insights-pipelines/new-${n++}/voice-tone-analysis-tasks?operation=start`, body: '{"LanguageCode":"en-US"}' }) },
    { method: 'GET', setupRequest: (r) => ({ ...r, path: `/media-insights-pipelines/p${(g = (g + 7919) % stored)}/voice-tone-analysis-tasks/${benchId(g)}` }) },
    { method: 'POST', setupRequest: (r) => ({ ...r, path: `/media-insights-pipelines/p${s}/voice-tone-analysis-tasks/${benchId(s--)}?operation=stop` }) },
  ];
}

const load = (url: string, stored: number) => autocannon({ url, connections: 64, duration: seconds, requests: mix(stored) });

/** Median and mean time of sequential Gets over one keep-alive connection: what a client waits for. */
async function getLatency(base: string, stored: number, rounds = 3000): Promise<{ median: number; mean: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const once = (i: number) =>
    new Promise<void>((ok, fail) => {
      const k = (i * 7919) % stored;
      request(`${base}/media-insights-pipelines/p${k}/voice-tone-analysis-tasks/${benchId(k)}`, { agent }, (res) => {
        if (res.statusCode !== 200) fail(new Error(`Get answered ${res.statusCode}`));
        res.resume().on('end', ok);
      }).end();
    });
  for (let i = 0; i < 2000; i++) await once(i); // JIT and connection warm: the first process measured is otherwise slower
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = process.hrtime.bigint();
    await once(i);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  agent.destroy();
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(rounds / 2)] ?? 0, mean: times.reduce((a, b) => a + b, 0) / rounds };
}

const small = await servers(1000);
const smallGet = await getLatency(small.emulator, 1000);
small.stop();
const big = await servers(large);
const bigGet = await getLatency(big.emulator, large);
big.stop();
// Throughput on a store of working size (enough tasks for every stop to find an active one).
const working = await servers(200_000);
const ours = await load(working.emulator, 200_000);
const base = await load(working.bare, 200_000);
working.stop();
console.log(`emulator: ${ours.requests.average.toFixed(0)} req/s, p99 ${ours.latency.p99} ms, non-2xx ${ours.non2xx}, errors ${ours.errors}`);
console.log(`bare node:http: ${base.requests.average.toFixed(0)} req/s, p99 ${base.latency.p99} ms`);
console.log(
  `Get over HTTP, median (mean): ${smallGet.median.toFixed(3)} (${smallGet.mean.toFixed(3)}) ms with 1k stored tasks, ${bigGet.median.toFixed(3)} (${bigGet.mean.toFixed(3)}) ms with ${large}; the mean carries the GC pauses of a larger heap`,
);
console.log(`memory: ${big.bytesPerTask.toFixed(0)} bytes per stored task (heap, after GC)`);
const ratio = ours.requests.average / base.requests.average;
const p99Ratio = ours.latency.p99 / base.latency.p99;
console.log(
  `RESULT emulator ratio=${ratio.toFixed(2)} p99_ratio=${p99Ratio.toFixed(2)} p99_ms=${ours.latency.p99} scale=${(bigGet.median / smallGet.median).toFixed(2)} bytes_per_task=${big.bytesPerTask.toFixed(0)}`,
);
