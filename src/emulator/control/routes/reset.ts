import type { ControlRoute } from '../controlRoute.js';

/** Forgets every resource (between tests); the clock goes on, as emulated time never runs backwards. */
export const reset: ControlRoute = {
  method: 'POST',
  path: '/_chime/reset',
  summary: 'forget every resource (the clock goes on)',
  run(core) {
    core.reset();
    return { status: 200, body: { reset: true } };
  },
};
