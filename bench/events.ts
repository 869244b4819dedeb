/**
 * npm run bench:events: how fast serve --events-url delivers, and what delivering costs the API. A local target
 * (a process of its own) answers 200 to every POST. Baseline: a bare keep-alive POST loop (node:http, one at a time, as delivery sends)
 * of the same bodies to it. Then `BENCH_TASKS` (default 500) tone analyses on a manual clock, advanced so
 * that 10,000 events fall due at once, delivered to the target; meanwhile GETs to the API from a client process,
 * whose p99 is set against the p99 of the same GETs with nothing delivered (p50 and p90 ratios beside it: on a
 * small VM the idle p99 alone carries scheduling noise).
 * Then bench:advance in a process of its own (one 3-hour advance over 2,000 running tone analyses), whose time
 * and RSS growth join this RESULT line, as issue 25 asks of one bench.
 * Last line: RESULT events delivery_ratio=<delivered/s ÷ bare POSTs/s> api_p99_ratio=<p99 delivering ÷ idle>
 *   advance_ms=… rss_growth=… advance_longest_block_ms=… …
 */
import { execFileSync, spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { startServer } from '../src/emulator/http/startServer.js';
import { deliverEvents } from '../src/emulator/http/eventDelivery.js';
import { fileURLToPath } from 'node:url';
import { rawClient } from '../src/verify/reach/rawClient.js';

const tasks = Number(process.env['BENCH_TASKS'] ?? 500);
const vc = 'abcdef1234567890abcde';
// The target runs in a process of its own, as a consumer does: its work is not the emulator's.
const targetCode = `let n = 0;
const s = require('node:http').createServer((q, r) => q.resume().on('end', () => (q.method === 'GET' ? r.end(String(n)) : (n++, r.end()))));
s.listen(0, '127.0.0.1', () => console.log(s.address().port));`;
const target = spawn(process.execPath, ['-e', targetCode], { stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise<string>((r) => target.stdout.once('data', (d: Buffer) => r(d.toString().trim())));
const url = `http://127.0.0.1:${port}/events`;
const received = () => fetch(url).then(async (r) => Number(await r.text()));

const server = await startServer({ clock: 'manual', timings: 'fast' });
const send = rawClient(server.url);
const json = { 'content-type': 'application/json' };
for (let i = 0; i < tasks; i++) {
  await send({ method: 'POST', target: '/_chime/calls', headers: json, body: JSON.stringify({ voiceConnectorId: vc, transactionId: `tx-${i}` }) });
  await send({ method: 'POST', target: `/voice-connectors/${vc}/voice-tone-analysis-tasks`, headers: json, body: JSON.stringify({ TransactionId: `tx-${i}`, LanguageCode: 'en-US' }) });
}
const sample = server.core.events.since(0).events[0]?.event;
const body = JSON.stringify(sample);

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)] ?? NaN;
const p99 = (xs: number[]) => quantile(xs, 0.99);
// The API's client in a process of its own, as an app or a test runner is: its own work and garbage collection
// are not charged to the emulator. It opens one keep-alive connection, warms it (300 GETs, past the JIT's first
// tiers), then times `n` GETs one at a time.
const clientCode = `const { Agent, request } = require('node:http');
const [url, n] = process.argv.slice(1);
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const get = () => new Promise((r) => request(url + '/voice-profile-domains', { agent }, (res) => res.resume().on('end', r)).end());
(async () => {
  for (let i = 0; i < 300; i++) await get();
  const times = [];
  for (let i = 0; i < Number(n); i++) { const t = performance.now(); await get(); times.push(performance.now() - t); }
  console.log(JSON.stringify(times));
  agent.destroy();
})();`;
function apiLatencies(n: number): Promise<number[]> {
  const client = spawn(process.execPath, ['-e', clientCode, server.url, String(n)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  client.stdout.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((ok) => client.once('close', () => ok(JSON.parse(out) as number[])));
}

const posts = 5_000;
let t = performance.now();
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const headers = { ...json, 'content-length': Buffer.byteLength(body) };
const bare = () => new Promise((r) => request(url, { method: 'POST', headers, agent }, (res) => res.resume().on('end', r)).end(body));
for (let i = 0; i < posts; i++) await bare();
const barePerS = posts / ((performance.now() - t) / 1000);
const idle = await apiLatencies(500);

const already = await received();
const delivery = deliverEvents(server.core, [url], (line) => console.log(line));
const due = Math.ceil(10_000 / (2 * tasks)) * 100; // fast timings: a result per leg every 100 ms
const before = server.core.events.since(0).next;
t = performance.now();
server.core.clock.advance(due);
const expected = server.core.events.since(0).next - before;
const busy = apiLatencies(500);
while ((await received()) - already < expected) await new Promise((r) => setTimeout(r, 20));
const deliveredPerS = expected / ((performance.now() - t) / 1000);
const during = await busy;
delivery.stop();
await server.close();
target.kill();

// Run after the delivery run has ended, so neither disturbs the other.
const advanceOut = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(new URL('./advance.ts', import.meta.url))], { encoding: 'utf8' });
const figure = (key: string) => new RegExp(`${key}=(\\S+)`).exec(advanceOut)?.[1] ?? 'missing';

const fixed = (n: number) => n.toFixed(2);
console.log(`bare POST loop ${barePerS.toFixed(0)}/s; delivered ${expected} events at ${deliveredPerS.toFixed(0)}/s; API p99 ${fixed(p99(idle))} ms idle, ${fixed(p99(during))} ms while delivering`);
console.log(
  `RESULT events delivery_ratio=${fixed(deliveredPerS / barePerS)} api_p99_ratio=${fixed(p99(during) / p99(idle))} bare_per_s=${barePerS.toFixed(0)} delivered_per_s=${deliveredPerS.toFixed(0)} idle_p99_ms=${fixed(p99(idle))} delivering_p99_ms=${fixed(p99(during))} api_p50_ratio=${fixed(quantile(during, 0.5) / quantile(idle, 0.5))} api_p90_ratio=${fixed(quantile(during, 0.9) / quantile(idle, 0.9))} advance_ms=${figure('advance_ms')} rss_growth=${figure('rss_growth')} advance_longest_block_ms=${figure('longest_block_ms')}`,
);
