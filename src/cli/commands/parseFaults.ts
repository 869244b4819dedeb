import { noFaults, type FaultOptions } from '../../emulator/wire/faults.js';
import { UsageError } from '../command.js';

const rate = (key: string, text: string): number => {
  const n = Number(text);
  if (!(n >= 0 && n <= 1)) throw new UsageError(`--faults ${key}=${text} is not a rate between 0 and 1`, `write e.g. ${key}=0.1`);
  return n;
};

const whole = (key: string, text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--faults ${key}=${text} is not a whole number`, `write e.g. ${key}=50`);
  return n;
};

/** `throttle=0.1,unavailable=0.05,latency=20,ops=voice.StartSpeakerSearchTask|voice.GetSpeakerSearchTask,seed=7`. */
export function parseFaults(spec: string | undefined): FaultOptions {
  if (!spec) return noFaults;
  let faults: FaultOptions = noFaults;
  for (const part of spec.split(',')) {
    const [key = '', value = ''] = part.split('=');
    const set: Record<string, () => Partial<FaultOptions>> = {
      throttle: () => ({ throttle: rate(key, value) }),
      unavailable: () => ({ unavailable: rate(key, value) }),
      latency: () => ({ latencyMs: whole(key, value) }),
      ops: () => ({ operations: value.split('|').filter(Boolean) }),
      seed: () => ({ seed: whole(key, value) }),
    };
    const apply = set[key];
    if (!apply) throw new UsageError(`--faults has an unknown key "${key}"`, 'use throttle, unavailable, latency, ops and seed');
    faults = { ...faults, ...apply() };
  }
  if (faults.throttle + faults.unavailable > 1) throw new UsageError('--faults throttle + unavailable exceed 1', 'lower the rates');
  return faults;
}
