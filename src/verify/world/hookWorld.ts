import { Inconclusive, NotApplicable } from '../run/check.js';
import { readDescribed, readMadeCall, readMadeId } from './setupAnswers.js';
import { SetupFailed, type Json, type SetupSend } from './setupClient.js';
import { exampleKmsKeyArn, wait, type World } from './world.js';

/** Items of one teardown request (schemas/setup/request.json). */
const teardownBatch = 500;

/**
 * A world made by a setup hook (--setup-url, or our control plane's /_chime/setup): each case gets a pipeline or
 * call of its own, a manual clock is advanced instead of waited for, and what was made is torn down after.
 */
export async function hookWorld(sendNow: SetupSend, source: string): Promise<World> {
  const described = readDescribed(await sendNow({ action: 'describe' }));
  const made: Json[] = [];
  // Once torn down (the run ends, or a signal came), nothing more is made: a call made then would stay live.
  let closed = false;
  const makes = (resource: string, what: string) => {
    if (closed) throw new NotApplicable(`the run is ending: the ${source} makes nothing more`);
    if (!described.makes.includes(resource)) throw new NotApplicable(`needs a new ${what} per case, and the ${source} makes none`);
  };
  // A hook that fails in the middle of the run, or answers what the protocol does not allow, proves nothing about
  // the target: the case is inconclusive, not failed.
  const ask = <T>(request: Json, read: (answer: Json) => T): Promise<T> =>
    sendNow(request)
      .then(read)
      .catch((e: unknown) => {
        throw e instanceof SetupFailed ? new Inconclusive(`setup: ${e.message}`) : e;
      });
  return {
    source: described.clock === 'manual' ? `${source}, manual clock` : source,
    async pipeline(suggested) {
      makes('pipeline', 'media insights pipeline');
      const id = await ask({ action: 'create', resource: 'pipeline', id: suggested }, (a) => readMadeId(a, 'pipeline'));
      made.push({ resource: 'pipeline', id });
      return id;
    },
    async call(suggested) {
      makes('call', 'live call');
      const call = await ask({ action: 'create', resource: 'call', ...suggested }, readMadeCall);
      made.push({ resource: 'call', ...call });
      return call;
    },
    pass: described.clock === 'manual' ? async (ms) => void (ms > 0 && (await ask({ action: 'advance', ms: Math.round(ms) }, () => undefined))) : wait,
    ...(described.clock === 'manual' ? { movesClock: true as const } : {}),
    kmsKeyArn: exampleKmsKeyArn,
    async teardown() {
      closed = true;
      let left = 0;
      for (const batch of chunks(made.splice(0), teardownBatch))
        left += await sendNow({ action: 'teardown', made: batch }).then(
          () => 0,
          () => batch.length,
        );
      return { left };
    },
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}
