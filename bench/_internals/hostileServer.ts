/**
 * The emulator for bench:hostile, in a process of its own so that its memory is measured without the
 * generator's. Sends { url } once listening; answers each 'measure' message, after a full collection,
 * with its resident memory, its heap, whether Object.prototype is as it was, and how many tasks it holds.
 */
import { startServer } from '../../src/emulator/http/startServer.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort().join();
const server = await startServer({});

export interface Measure {
  readonly rssMb: number;
  readonly heapMb: number;
  readonly prototypeUntouched: boolean;
  readonly tasks: number;
}

function measure(): Measure {
  gc();
  const { rss, heapUsed } = process.memoryUsage();
  const prototypeUntouched = Object.getOwnPropertyNames(Object.prototype).sort().join() === prototypeBefore && ({} as Record<string, unknown>)['polluted'] === undefined;
  return { rssMb: rss / 1024 / 1024, heapMb: heapUsed / 1024 / 1024, prototypeUntouched, tasks: server.core.taskCount() };
}

process.on('message', (m) => {
  if (m === 'measure') process.send?.(measure());
  if (m === 'exit') void server.close().then(() => process.exit(0));
});
// Never outlive the bench that started it, however that one ended.
process.on('disconnect', () => process.exit(0));
process.send?.({ url: server.url });
