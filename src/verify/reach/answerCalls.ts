import type { MessagePort } from 'node:worker_threads';
import { flattenError, type ThreadCall, type ThreadMessage } from './threadMessages.js';

export type CallHandlers = Readonly<Record<string, (arg: never) => unknown>>;

/**
 * A worker's side of callThread.ts: says it is ready (with `ready`, what the run needs to know of it), then
 * answers each call with its handler's value or error. A handler that throws, an unknown kind and a value that
 * cannot be copied back all fail their own call, never the thread.
 */
export function answerCalls(port: MessagePort, handlers: CallHandlers, ready: unknown = true): void {
  const say = (m: ThreadMessage) => {
    try {
      port.postMessage(m);
    } catch (e) {
      if ('id' in m) port.postMessage({ id: m.id, error: flattenError(e) });
    }
  };
  port.on('message', (c: ThreadCall) => {
    const handler = Object.hasOwn(handlers, c.kind) ? handlers[c.kind] : undefined;
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`chime-conformance: this thread answers no call "${c.kind}"`);
        return (handler as (arg: unknown) => unknown)(c.arg);
      })
      .then(
        (value) => say({ id: c.id, value }),
        (e: unknown) => say({ id: c.id, error: flattenError(e) }),
      );
  });
  say({ ready });
}
