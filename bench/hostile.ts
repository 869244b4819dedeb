/**
 * npm run bench:hostile: the full hostile suite, 100,000 generated requests against the HTTP server (in its
 * own process, so its memory is measured apart from the generator's), sent in batches generated as they go.
 * Last line: RESULT hostile requests=<n> server_errors=<n> rss_growth_mb=<mb> prototype_untouched=<bool>
 * (the server's resident memory after the last batch against after the first, each after a full collection).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { hostileBatches, hugeBody } from '../test/hostile/hostileRequests.js';
import { sendAll, type Tally } from '../test/hostile/sendAll.js';
import type { Measure } from './_internals/hostileServer.js';

const count = Number(process.env['HOSTILE_REQUESTS'] ?? 100_000);
const child: ChildProcess = fork(new URL('./_internals/hostileServer.ts', import.meta.url).pathname, [], { execArgv: ['--expose-gc', '--import', 'tsx'] });
const [{ url }] = (await once(child, 'message')) as [{ url: string }];
child.on('exit', (code) => {
  if (code !== 0) throw new Error(`bench:hostile: the server process ended with ${String(code)}`);
});
const measure = async (): Promise<Measure> => {
  child.send('measure');
  return ((await once(child, 'message')) as [Measure])[0];
};

const byCategory: Tally['byCategory'] = {};
let baseline: Measure | undefined;
const started = performance.now();
let sent = 0;
for (const batch of hostileBatches(count, 7)) {
  await sendAll(url, batch, 32, byCategory);
  sent += batch.length;
  // The baseline is taken after the first batch: code loaded, JIT warm, sockets open.
  baseline ??= await measure();
}
await sendAll(url, [hugeBody()], 1, byCategory);
const seconds = (performance.now() - started) / 1000;
const stillAnswers = (await fetch(`${url}/voice-profile-domains`)).status === 200;
const end = await measure();
child.send('exit');
const growth = end.rssMb - (baseline?.rssMb ?? end.rssMb);
for (const [category, c] of Object.entries(byCategory)) console.log(`${category.padEnd(36)} ${String(c.sent).padStart(6)} sent  ${JSON.stringify(c.statuses)}`);
const serverErrors = Object.values(byCategory).reduce((n, c) => n + c.serverErrors, 0);
console.log(`${sent + 1} requests in ${seconds.toFixed(1)} s; the server still answers: ${stillAnswers}; tasks stored: ${end.tasks}`);
console.log(`server memory after a full collection: rss ${baseline?.rssMb.toFixed(0)} → ${end.rssMb.toFixed(0)} MB, heap ${baseline?.heapMb.toFixed(0)} → ${end.heapMb.toFixed(0)} MB`);
console.log(`RESULT hostile requests=${sent + 1} server_errors=${serverErrors} rss_growth_mb=${growth.toFixed(1)} prototype_untouched=${end.prototypeUntouched}`);
