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

/**
 * Moves the emulated time forward: statuses, timestamps and retention windows move as if it had passed. Answered
 * once the events it made due are emitted; other requests are answered while they are worked out.
 */
export const advanceClock: ControlRoute = {
  method: 'POST',
  path: '/_chime/clock/advance',
  summary: 'move the emulated time forward {"ms"}',
  async run(core, _, body) {
    const ms = requiredMs(body, 'POST /_chime/clock/advance', 'ms', '{"ms":86400000}');
    await core.clock.advanceInSlices(ms);
    return { status: 200, body: clockView(core) };
  },
};
