import type { ControlRoute } from '../controlRoute.js';

/** Counts and IDs of what the emulator holds: pipelines, connectors, calls, tasks by status, domains, profiles. */
export const readState: ControlRoute = {
  method: 'GET',
  path: '/_chime/state',
  summary: 'counts and IDs of everything held, for debugging',
  run: (core) => ({ status: 200, body: core.snapshot() }),
};
