import type { EmulatorCore } from '../../core/createCore.js';
import type { ControlRoute } from '../controlRoute.js';
import { requiredMs } from '../members.js';

const clockView = (core: EmulatorCore) => ({ now: new Date(core.clock.now()).toISOString(), mode: core.clock.mode });

export const readClock: ControlRoute = {
  method: 'GET',
  path: '/_chime/clock',
  summary: 'the emulated time {"now","mode"}',
  run: (core) => ({ status: 200, body: clockView(core) }),
};

/** Moves the emulated time forward: statuses, timestamps and retention windows move as if it had passed. */
export const advanceClock: ControlRoute = {
  method: 'POST',
  path: '/_chime/clock/advance',
  summary: 'move the emulated time forward {"ms"}',
  run(core, _, body) {
    core.clock.advance(requiredMs(body, 'POST /_chime/clock/advance', 'ms', '{"ms":86400000}'));
    return { status: 200, body: clockView(core) };
  },
};
