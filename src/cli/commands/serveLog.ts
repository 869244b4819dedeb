import { requestSummary } from '../../emulator/http/requestSummary.js';
import { logLine } from '../../emulator/logLine.js';
import type { Exchange } from '../../emulator/wire/types.js';
import { UsageError } from '../command.js';

const logModes = ['summary', 'requests'] as const;

/** How often the summary says what it counted. */
const summaryEveryMs = 5_000;

/** The summary's clock and timer: the system's, unless a test sets them. */
export interface SummaryClock {
  now(): number;
  /** Calls `tick` every `ms`; returns what stops it. */
  every(ms: number, tick: () => void): () => void;
}

const systemClock: SummaryClock = {
  now: Date.now,
  every(ms, tick) {
    // Unref'd: the timer alone never keeps the process alive; the listening server does, and stop() ends it.
    const timer = setInterval(tick, ms).unref();
    return () => clearInterval(timer);
  },
};

export interface ServeLog {
  /** What the server is told of each request; absent under --quiet, so the wire does not time requests. */
  readonly onExchange?: (e: Exchange) => void;
  /** At the stop: the last window's counts, then no more timer. */
  stop(): void;
}

/**
 * serve's --log and --quiet. `summary` (the default) counts requests and prints them a line every 5 s, plus each
 * 5xx and control plane refusal on its own; `requests` prints a line per request (thousands for a verify run);
 * --quiet prints nothing but the start and the stop.
 */
export function serveLog(values: { log?: string | undefined; quiet: boolean }, out: (line: string) => void, clock: SummaryClock = systemClock): ServeLog {
  const mode = values.log ?? 'summary';
  if (!(logModes as readonly string[]).includes(mode)) throw new UsageError(`--log ${mode} is not a mode`, 'use summary (counts every 5 s, and each 5xx) or requests (a line per request)');
  if (values.quiet && values.log !== undefined) throw new UsageError(`--quiet and --log ${mode} ask for different logs`, 'give one of them');
  if (values.quiet) return { stop: () => undefined };
  if (mode === 'requests') return { onExchange: (e) => out(logLine(e)), stop: () => undefined };
  const summary = requestSummary(out, () => clock.now());
  const stopTimer = clock.every(summaryEveryMs, () => summary.flush());
  return {
    onExchange: (e) => summary.exchange(e),
    stop() {
      stopTimer();
      summary.flush();
    },
  };
}
