/**
 * npm run bench:peers: our emulator against Stoplight Prism mocking the exported OpenAPI documents, one run, the
 * same request mix and connections for both: valid Start, Get and Stop of voice tone analysis tasks on both
 * services, and ListVoiceProfileDomains. Ours runs in a child process (as bench:emulator's servers do), Prism in
 * two (one per document, as the export is one per service). Last line:
 * RESULT peers ratio=<ours/prism req/s> p99_ratio=<ours/prism p99>
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { benchId, counterIds } from './_internals/ids.js';

const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const stored = 100_000;
const connections = 64;
// Prism asks for the SigV4 header (the export's security scheme) but not for a valid signature; the emulator runs with auth off.
const headers = { 'content-type': 'application/json', authorization: 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/chime/aws4_request, SignedHeaders=host, Signature=00' };
const connector = (i: number) => `v${String(i).padStart(20, '0')}`;

/** The child: the emulator with `stored` tasks of each service, IDs known in advance (MP first, then voice). */
async function serve(): Promise<void> {
  const { startServer } = await import('../src/emulator/http/startServer.js');
  const emulator = await startServer({ newId: counterIds() });
  for (let i = 0; i < stored; i++) emulator.core.invoke('media-pipelines.StartVoiceToneAnalysisTask', { Identifier: `p${i}`, LanguageCode: 'en-US' });
  for (let i = 0; i < stored; i++) emulator.core.invoke('voice.StartVoiceToneAnalysisTask', { VoiceConnectorId: connector(i), TransactionId: `t${i}`, LanguageCode: 'en-US' });
  console.log(JSON.stringify({ url: emulator.url }));
}

async function ours(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, '--serve'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const first = await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next();
  return { url: (JSON.parse(String(first.value)) as { url: string }).url, stop: () => child.kill() };
}

/** Per service a quarter each of Start, Get, Stop and List (voice) or Get again (Media Pipelines has no List). */
function mixes(): Record<'mp' | 'voice', autocannon.Request[]> {
  let [n, g, s, vg, vs] = [0, 0, stored - 1, 0, stored - 1];
  const step = (k: number) => (k + 7919) % stored;
  const mpGet = (): autocannon.Request => ({ method: 'GET', setupRequest: (r) => ({ ...r, path: `/media-insights-pipelines/p${(g = step(g))}/voice-tone-analysis-tasks/${benchId(g)}` }) });
  return {
    mp: [
      { method: 'POST', setupRequest: (r) => ({ ...r, path: `/media-insights-pipelines/new-${n++}/voice-tone-analysis-tasks?operation=start`, body: '{"LanguageCode":"en-US"}' }) },
      mpGet(),
      { method: 'POST', setupRequest: (r) => ({ ...r, path: `/media-insights-pipelines/p${s}/voice-tone-analysis-tasks/${benchId(s--)}?operation=stop` }) },
      mpGet(),
    ],
    voice: [
      { method: 'POST', setupRequest: (r) => ({ ...r, path: `/voice-connectors/${connector(n)}/voice-tone-analysis-tasks`, body: `{"TransactionId":"new-${n++}","LanguageCode":"en-US"}` }) },
      { method: 'GET', setupRequest: (r) => ({ ...r, path: `/voice-connectors/${connector((vg = step(vg)))}/voice-tone-analysis-tasks/${benchId(stored + vg)}?isCaller=true` }) },
      { method: 'POST', setupRequest: (r) => ({ ...r, path: `/voice-connectors/${connector(vs)}/voice-tone-analysis-tasks/${benchId(stored + vs--)}?operation=stop` }) },
      { method: 'GET', path: '/voice-profile-domains?max-results=10' },
    ],
  };
}

/** Both mixes at once, half the connections each; `urls` may be one server for both services or one per service. */
async function load(urls: { mp: string; voice: string }, m: ReturnType<typeof mixes>, duration: number) {
  const run = (url: string, requests: autocannon.Request[]) => autocannon({ url, connections: connections / 2, duration, headers, requests });
  const [a, b] = await Promise.all([run(urls.mp, m.mp), run(urls.voice, m.voice)]);
  return { rps: a.requests.average + b.requests.average, p99: Math.max(a.latency.p99, b.latency.p99), non2xx: a.non2xx + b.non2xx, errors: a.errors + b.errors };
}

/** A short run first (JIT, connection pools), then the measured one, on one mix: Stops never meet a task twice. */
async function measure(urls: { mp: string; voice: string }) {
  const m = mixes();
  await load(urls, m, 2);
  return load(urls, m, seconds);
}

async function main(): Promise<void> {
  const { writeFileSync, mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { openApiDocument } = await import('../src/openapi/openApiDocument.js');
  const { startPrism } = await import('../src/openapi/startPrism.js');
  const server = await ours();
  const mine = await measure({ mp: server.url, voice: server.url });
  server.stop();
  const dir = mkdtempSync(join(tmpdir(), 'chime-peers-'));
  const files = { mp: join(dir, 'media-pipelines.json'), voice: join(dir, 'voice.json') };
  writeFileSync(files.mp, JSON.stringify(openApiDocument('media-pipelines')));
  writeFileSync(files.voice, JSON.stringify(openApiDocument('voice')));
  const prisms = await Promise.all([startPrism(files.mp), startPrism(files.voice)]);
  const theirs = await measure({ mp: prisms[0].url, voice: prisms[1].url }).finally(() => Promise.all(prisms.map((p) => p.stop())));
  const line = (name: string, r: typeof mine) => `${name}: ${r.rps.toFixed(0)} req/s, p99 ${r.p99} ms, non-2xx ${r.non2xx}, errors ${r.errors}`;
  console.log(line('emulator (1 process)', mine));
  console.log(line('prism mock (2 processes, one per document)', theirs));
  console.log(`RESULT peers ratio=${(mine.rps / theirs.rps).toFixed(2)} p99_ratio=${(mine.p99 / theirs.p99).toFixed(2)}`);
}

await (process.argv.includes('--serve') ? serve() : main());
