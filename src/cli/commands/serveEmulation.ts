import type { ClockMode } from '../../emulator/core/emulatedClock.js';
import type { TimingsMode } from '../../emulator/core/options.js';
import { UsageError } from '../command.js';

/** serve's options for how the emulator behaves, besides the wire: its clock, its timings, its control plane. */
export const serveEmulationOptions = {
  clock: { type: 'string', default: 'system' },
  timings: { type: 'string', default: 'real' },
  'no-control-plane': { type: 'boolean', default: false },
} as const;

const clockModes: readonly string[] = ['system', 'manual'] satisfies ClockMode[];
const timingsModes: readonly string[] = ['real', 'fast'] satisfies TimingsMode[];

export function serveEmulation(values: { clock: string; timings: string; 'no-control-plane': boolean }): { clock: ClockMode; timings: TimingsMode; controlPlane: boolean } {
  if (!clockModes.includes(values.clock)) throw new UsageError(`--clock ${values.clock} is not a mode`, 'use system (the machine clock) or manual (moves only on POST /_chime/clock/advance)');
  if (!timingsModes.includes(values.timings)) throw new UsageError(`--timings ${values.timings} is not a mode`, 'use real (a speaker search takes 3.5 s) or fast (0.4 s)');
  return { clock: values.clock as ClockMode, timings: values.timings as TimingsMode, controlPlane: !values['no-control-plane'] };
}
