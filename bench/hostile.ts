/**
 * npm run bench:hostile: the full hostile suite, 100,000 generated requests against the HTTP server, sent in
 * batches generated as they go. Run with --expose-gc (the npm script does) for a clean memory figure.
 * Last line: RESULT hostile requests=<n> server_errors=<n> rss_growth_mb=<mb> prototype_untouched=<bool>
 */
import { startServer } from '../src/emulator/http/startServer.js';
import { hostileBatches, hugeBody } from '../test/hostile/hostileRequests.js';
import { sendAll, type Tally } from '../test/hostile/sendAll.js';

const count = Number(process.env['HOSTILE_REQUESTS'] ?? 100_000);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const server = await startServer({});
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort().join();
const byCategory: Tally['byCategory'] = {};
let rssBaseline = 0;
const started = performance.now();
let sent = 0;
for (const batch of hostileBatches(count, 7)) {
  await sendAll(server.url, batch, 32, byCategory);
  sent += batch.length;
  // The baseline is taken after the first batch: code loaded, JIT warm, sockets open.
  if (rssBaseline === 0) {
    gc();
    rssBaseline = process.memoryUsage().rss;
  }
}
await sendAll(server.url, [hugeBody()], 1, byCategory);
const seconds = (performance.now() - started) / 1000;
const stillAnswers = (await fetch(`${server.url}/voice-profile-domains`)).status === 200;
gc();
const growth = (process.memoryUsage().rss - rssBaseline) / 1024 / 1024;
await server.close();
for (const [category, c] of Object.entries(byCategory)) console.log(`${category.padEnd(36)} ${String(c.sent).padStart(6)} sent  ${JSON.stringify(c.statuses)}`);
const untouched = Object.getOwnPropertyNames(Object.prototype).sort().join() === prototypeBefore && ({} as Record<string, unknown>)['polluted'] === undefined;
const serverErrors = Object.values(byCategory).reduce((n, c) => n + c.serverErrors, 0);
console.log(`${sent + 1} requests in ${seconds.toFixed(1)} s; the server still answers: ${stillAnswers}; tasks stored: ${server.core.taskCount()}`);
console.log(`RESULT hostile requests=${sent + 1} server_errors=${serverErrors} rss_growth_mb=${growth.toFixed(1)} prototype_untouched=${untouched}`);
