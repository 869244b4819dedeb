import { serverLimits } from '../../emulator/http/startServer.js';
import { UsageError } from '../command.js';

/** The flag defaults, as parseArgs wants them (strings, in seconds). */
export const serveLimitDefaults = {
  'max-connections': String(serverLimits.maxConnections),
  'request-timeout': String(serverLimits.requestTimeoutMs / 1000),
  'drain-timeout': String(serverLimits.drainMs / 1000),
} as const;

/** A day: beyond any sensible wait, and well inside what a timer holds (past 2^31-1 ms, setTimeout fires at once). */
const maxSeconds = 86_400;

function seconds(flag: 'request-timeout' | 'drain-timeout', text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !(n > 0 && n <= maxSeconds))
    throw new UsageError(`--${flag} ${text} is not a positive number of seconds`, `write e.g. --${flag} ${serveLimitDefaults[flag]} (at most ${maxSeconds})`);
  return Math.ceil(n * 1000);
}

function count(flag: string, text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`--${flag} ${text} is not a positive whole number`, `write e.g. --${flag} ${serverLimits.maxConnections}`);
  return n;
}

/** serve's --max-connections, --request-timeout and --drain-timeout, as startServer options. */
export function serveLimits(values: { readonly [K in keyof typeof serveLimitDefaults]: string }) {
  return {
    maxConnections: count('max-connections', values['max-connections']),
    requestTimeoutMs: seconds('request-timeout', values['request-timeout']),
    drainMs: seconds('drain-timeout', values['drain-timeout']),
  };
}
