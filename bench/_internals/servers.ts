/**
 * The servers under test, in their own process so the load generator does not share their core.
 * argv[2] = number of tasks to store first; argv[3] = "stopped" stops each of them too. Prints one JSON line: { emulator, bare, bytesPerTask }.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startServer } from '../../src/emulator/http/startServer.js';
import { counterIds } from './ids.js';

const stored = Number(process.argv[2] ?? 1000);
const stopped = process.argv[3] === 'stopped';
const gc = (globalThis as { gc?: () => void }).gc;

gc?.();
const before = process.memoryUsage().heapUsed;
const emulator = await startServer({ newId: counterIds() });
for (let i = 0; i < stored; i++) {
  const started = emulator.core.invoke('media-pipelines.StartVoiceToneAnalysisTask', { Identifier: `p${i}`, LanguageCode: 'en-US' });
  const id = started.ok ? (started.output as { VoiceToneAnalysisTask: { VoiceToneAnalysisTaskId: string } }).VoiceToneAnalysisTask.VoiceToneAnalysisTaskId : '';
  if (stopped) emulator.core.invoke('media-pipelines.StopVoiceToneAnalysisTask', { Identifier: `p${i}`, VoiceToneAnalysisTaskId: id });
}
gc?.();
const bytesPerTask = (process.memoryUsage().heapUsed - before) / stored;

// The baseline: what node:http does with a JSON body when it does nothing else.
const bare = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString()) as unknown) : {};
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, echo: typeof body }));
  });
});
await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
console.log(JSON.stringify({ emulator: emulator.url, bare: `http://127.0.0.1:${(bare.address() as AddressInfo).port}`, bytesPerTask }));
