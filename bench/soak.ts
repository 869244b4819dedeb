/**
 * npm run bench:soak: 60 s at 64 connections against the emulator (in its own process), a steady start/get/stop
 * mix: starts are retries of 10,000 idempotent starts (same token, same input), gets and stops cycle over stored
 * tasks that were stopped beforehand (so every stop answers 404 from the first second: a mix whose stops
 * succeeded for a while and then failed changed its own cost mid-run). After the first seconds the store stops
 * growing and any drift is the emulator's own.
 * Prints throughput and the server's resident memory every 5 s. Last line:
 * RESULT soak throughput_drift=<max deviation %> rss_drift=<max deviation %>
 * (deviation from the mean over the 5 s windows, the first window left out as warm-up).
 */
import autocannon from 'autocannon';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { benchId } from './_internals/ids.js';

/** The CPUs this process may run on (Cpus_allowed_list: "0-1", "2,5"…), so a restricted cpuset is respected. */
function allowedCpus(): number[] {
  const list = /Cpus_allowed_list:\s*(\S+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? '';
  return list.split(',').flatMap((part) => {
    const [from = NaN, to = from] = part.split('-').map(Number);
    return Number.isInteger(from) && Number.isInteger(to) ? Array.from({ length: to - from + 1 }, (_, i) => from + i) : [];
  });
}

const seconds = Number(process.env['BENCH_SECONDS'] ?? 60);
const stored = 200_000;
const json = { 'content-type': 'application/json' };

// One core each for the server and the load generator, where taskset exists: the scheduler moving both
// over the same two cores was the largest part of the throughput swings between windows.
const cpus = allowedCpus();
const pinned = existsSync('/usr/bin/taskset') && cpus.length >= 2;
if (pinned) execFileSync('/usr/bin/taskset', ['-pc', String(cpus[1]), String(process.pid)], { stdio: 'ignore' });
const command = pinned ? ['/usr/bin/taskset', '-c', String(cpus[0]), process.execPath] : [process.execPath];
const child = spawn(
  command[0] ?? process.execPath,
  [
    ...command.slice(1),
    ...(process.env['SOAK_NODE_FLAGS'] ?? '').split(' ').filter(Boolean),
    '--import',
    'tsx',
    new URL('./_internals/servers.ts', import.meta.url).pathname,
    String(stored),
    'stopped',
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const first = await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next();
const { emulator } = JSON.parse(String(first.value)) as { emulator: string };
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

let n = 0;
let g = 0;
let s = 0;
const instance = autocannon({
  url: emulator,
  connections: 64,
  duration: seconds,
  requests: [
    {
      method: 'POST',
      headers: json,
      setupRequest: (r) => ({
        ...r,
        path: `/media-insights-pipelines/soak-${++n % 10_000}/voice-tone-analysis-tasks?operation=start`,
        body: `{"LanguageCode":"en-US","ClientRequestToken":"soak-${n % 10_000}"}`,
      }),
    },
    { method: 'GET', setupRequest: (r) => ({ ...r, path: `/media-insights-pipelines/p${(g = (g + 7919) % stored)}/voice-tone-analysis-tasks/${benchId(g)}` }) },
    { method: 'POST', setupRequest: (r) => ({ ...r, path: `/media-insights-pipelines/p${(s = (s + 1) % stored)}/voice-tone-analysis-tasks/${benchId(s)}?operation=stop` }) },
  ],
}) as unknown as Promise<autocannon.Result> & { on(event: 'tick', f: (t: { counter: number }) => void): void };
const windows: { rps: number; rss: number }[] = [];
let count = 0;
let ticks = 0;
instance.on('tick', ({ counter }: { counter: number }) => {
  count += counter;
  if (++ticks % 5 !== 0) return;
  windows.push({ rps: count / 5, rss: rssMb() });
  count = 0;
  console.log(`${String(ticks).padStart(3)} s  ${(windows.at(-1)?.rps ?? 0).toFixed(0).padStart(6)} req/s  rss ${(windows.at(-1)?.rss ?? 0).toFixed(0)} MB`);
});
const result = await instance;
child.kill();
const drift = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.max(...xs.map((x) => Math.abs(x - mean) / mean)) * 100;
};
const steady = windows.slice(1);
console.log(`non-2xx ${result.non2xx} (every stop: its task was stopped beforehand, 404), errors ${result.errors}, start requests ${n}`);
console.log(`RESULT soak throughput_drift=${drift(steady.map((w) => w.rps)).toFixed(1)} rss_drift=${drift(steady.map((w) => w.rss)).toFixed(1)}`);
