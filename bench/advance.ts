/**
 * npm run bench:advance: one long clock advance with many tasks running. `BENCH_TASKS` (default 2,000) voice
 * tone analyses on calls of their own, manual clock, fast timings, a listener on the events (as serve
 * --events-url has); then one advance of 3 hours, which makes each task's every tone result due at once. Timed
 * against starting the tasks in the same run; memory as heap used before and after (after a collection).
 * Memory as resident set size too, which issue 25's goal is set in (growth under 1.5×). bench:events runs this
 * script as a process of its own and carries advance_ms and rss_growth into its own RESULT line.
 * The advance is the one serve makes (advanceInSlices); longest_block_ms is the longest the event loop was held
 * meanwhile, what another request could have waited (the whole advance before it was sliced).
 * Last line: RESULT advance advance_to_start_ratio=<advance ms / start ms> heap_after_to_before=<ratio>
 *   rss_growth=<ratio> advance_ms=… longest_block_ms=… start_ms=… events_heard=… dropped=… heap_before_mb=… heap_after_mb=… rss_…
 */
import { createEmulatorCore } from '../src/emulator/core/createCore.js';

const tasks = Number(process.env['BENCH_TASKS'] ?? 2_000);
const vc = 'abcdef1234567890abcde';
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const heapMb = () => (gc(), process.memoryUsage().heapUsed / 2 ** 20);
const rssMb = () => (gc(), process.memoryUsage().rss / 2 ** 20);

const core = createEmulatorCore({ clock: 'manual', timings: 'fast' });
let heard = 0;
core.events.subscribe(() => void heard++);
const started = performance.now();
for (let i = 0; i < tasks; i++) {
  core.startCall(vc, `tx-${i}`);
  const r = core.invoke('voice.StartVoiceToneAnalysisTask', { VoiceConnectorId: vc, TransactionId: `tx-${i}`, LanguageCode: 'en-US' });
  if (!r.ok) throw new Error(r.error.message);
}
const startMs = performance.now() - started;
core.clock.advance(1);
const before = heapMb();
const rssBefore = rssMb();
heard = 0;
// As serve does it (POST /_chime/clock/advance): in slices, with the event loop let through between them. The
// longest the loop was held shows how long another request could have waited meanwhile.
let longestBlockMs = 0;
let pinging = true;
let last = performance.now();
const ping = () => {
  const at = performance.now();
  longestBlockMs = Math.max(longestBlockMs, at - last);
  last = at;
  if (pinging) setImmediate(ping);
};
const t = performance.now();
setImmediate(ping);
await core.clock.advanceInSlices(3 * 3600 * 1000);
pinging = false;
const advanceMs = performance.now() - t;
const { dropped, next } = core.events.since(0);
const after = heapMb();
const rssAfter = rssMb();
console.log(
  `${tasks} tone analyses started in ${startMs.toFixed(0)} ms; one 3 h advance in ${advanceMs.toFixed(0)} ms (the event loop held ${longestBlockMs.toFixed(0)} ms at most), ${heard} events heard, ${next} made or counted, ${dropped} not kept`,
);
const fixed = (n: number) => n.toFixed(2);
console.log(
  `RESULT advance advance_to_start_ratio=${fixed(advanceMs / startMs)} heap_after_to_before=${fixed(after / before)} rss_growth=${fixed(rssAfter / rssBefore)} advance_ms=${advanceMs.toFixed(0)} longest_block_ms=${longestBlockMs.toFixed(0)} start_ms=${startMs.toFixed(0)} events_heard=${heard} dropped=${dropped} heap_before_mb=${before.toFixed(0)} heap_after_mb=${after.toFixed(0)} rss_before_mb=${rssBefore.toFixed(0)} rss_after_mb=${rssAfter.toFixed(0)}`,
);
