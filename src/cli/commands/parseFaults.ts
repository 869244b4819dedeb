import { noFaults, type FaultOptions } from '../../emulator/wire/faults.js';
import { operations } from '../../contract/catalog.js';
import { UsageError } from '../command.js';
import { unknownNames } from '../unknownName.js';

/** A minute: longer than any client waits, and far below where setTimeout wraps 2^31-1 ms round to 1 ms. */
const maxLatencyMs = 60_000;

const rate = (key: string, text: string): number => {
  const n = Number(text);
  if (!(n >= 0 && n <= 1)) throw new UsageError(`--faults ${key}=${text} is not a rate between 0 and 1`, `write e.g. ${key}=0.1`);
  return n;
};

const whole = (key: string, text: string): number => {
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) throw new UsageError(`--faults ${key}=${text} is not a whole number`, `write e.g. ${key}=50`);
  return Number(text);
};

const latency = (key: string, text: string): number => {
  const ms = whole(key, text);
  if (ms > maxLatencyMs) throw new UsageError(`--faults ${key}=${text} is more than ${maxLatencyMs} ms`, `write milliseconds up to ${maxLatencyMs}, e.g. ${key}=20`);
  return ms;
};

const ops = (key: string, text: string): readonly string[] => {
  const named = text.split('|').filter(Boolean);
  if (named.length === 0) throw new UsageError(`--faults ${key}=${text} names no operation`, `write e.g. ${key}=voice.StartSpeakerSearchTask|voice.GetSpeakerSearchTask`);
  const unknown = named.filter((id) => !operations.includes(id));
  if (unknown.length > 0) throw new UsageError(`--faults ${key} names unknown operations: ${unknownNames(unknown, operations)}`, 'see chime-conformance operations');
  return named;
};

/** Each key: how its value is read, and an example for the hint when it is missing. */
const keys: Record<string, { readonly read: (key: string, value: string) => Partial<FaultOptions>; readonly example: string }> = {
  throttle: { read: (k, v) => ({ throttle: rate(k, v) }), example: 'throttle=0.1' },
  unavailable: { read: (k, v) => ({ unavailable: rate(k, v) }), example: 'unavailable=0.05' },
  latency: { read: (k, v) => ({ latencyMs: latency(k, v) }), example: 'latency=20' },
  ops: { read: (k, v) => ({ operations: ops(k, v) }), example: 'ops=voice.StartSpeakerSearchTask' },
  seed: { read: (k, v) => ({ seed: whole(k, v) }), example: 'seed=7' },
};

/** `throttle=0.1,unavailable=0.05,latency=20,ops=voice.StartSpeakerSearchTask|voice.GetSpeakerSearchTask,seed=7`. */
export function parseFaults(spec: string | undefined): FaultOptions {
  if (!spec) return noFaults;
  let faults: FaultOptions = noFaults;
  for (const part of spec.split(',')) {
    const at = part.indexOf('=');
    const [key, value] = at < 0 ? [part, ''] : [part.slice(0, at), part.slice(at + 1)];
    const known = Object.hasOwn(keys, key) ? keys[key] : undefined;
    if (!known) throw new UsageError(`--faults has an unknown key "${key}"`, 'use throttle, unavailable, latency, ops and seed');
    // An empty value would read as 0 (Number('') is 0): a rate of nothing is a typo, not a choice.
    if (value === '') throw new UsageError(`--faults ${key} has no value`, `write e.g. ${known.example}`);
    faults = { ...faults, ...known.read(key, value) };
  }
  if (faults.throttle + faults.unavailable > 1) throw new UsageError('--faults throttle + unavailable exceed 1', 'lower the rates');
  return faults;
}
