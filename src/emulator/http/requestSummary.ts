import { logLine } from '../logLine.js';
import type { Exchange } from '../wire/types.js';
import { summaryLine, type WindowCounts } from './summaryLine.js';

export interface RequestSummary {
  /** Counts one request; prints it at once when it is worth a look on its own (a 5xx, a control plane refusal). */
  exchange(e: Exchange): void;
  /** Prints the counts since the last flush, if there were requests, and starts a new window. */
  flush(): void;
}

/**
 * serve's default log. A verify run makes thousands of requests, and a line for each buries what matters: so
 * counts by operation and status a line per window, and only what someone must look at line by line. No body
 * appears in any line (secrets live there), nor a query (only the path of a control plane request).
 */
export function requestSummary(out: (line: string) => void, now: () => number = Date.now): RequestSummary {
  let counts: WindowCounts = new Map();
  let since = now();
  return {
    exchange(e) {
      const name = e.operation ?? 'unknown';
      const statuses = counts.get(name) ?? new Map<number, number>();
      statuses.set(e.status, (statuses.get(e.status) ?? 0) + 1);
      counts.set(name, statuses);
      // Never a 5xx unless faults were asked for: one is a bug, or a fault a client should have survived.
      if (e.status >= 500) out(logLine(e, new Date(now())));
      // A test's setup that the emulator refused explains the failures after it: say which one, and when.
      else if (e.operation === 'control' && e.status >= 400) out(`${new Date(now()).toISOString()} ${e.requestId} control plane refused ${e.method} ${e.target.split('?')[0] ?? ''} ${e.status}`);
    },
    flush() {
      const at = now();
      // Whole seconds, at least 1: the window is about 5 s, or less when the server stops within one.
      if (counts.size > 0) out(`${new Date(at).toISOString()} ${summaryLine(counts, Math.max(1, Math.round((at - since) / 1000)))}`);
      counts = new Map();
      since = at;
    },
  };
}
