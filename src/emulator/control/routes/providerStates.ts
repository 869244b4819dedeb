import { providerStates } from '../../../pact/providerStates.js';
import { ControlError, type ControlRoute } from '../controlRoute.js';
import { requiredString } from '../members.js';

const route = 'POST /_chime/provider-states';

/** Pact sends params as any JSON; the states read them as text. */
function paramsOf(value: unknown): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new ControlError(400, `${route}: "params" must be an object`, 'send e.g. {"state":"a voice profile domain exists","params":{"domainId":"d-1"}}');
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
}

/**
 * Pact's provider-state hook (`--provider-states-setup-url`): `setup` sets the state up through the same state
 * API as in-process verification; `teardown`, which Pact sends after each interaction, resets the emulator so
 * the next interaction starts from nothing.
 */
export const setProviderState: ControlRoute = {
  method: 'POST',
  path: '/_chime/provider-states',
  summary: 'Pact provider states {"state","params"?,"action"?:"setup"|"teardown"}',
  run(core, _, body) {
    // Pact sends the state "" for an interaction that names none: nothing to set up, still a teardown after.
    const state = body['state'] === '' ? '' : requiredString(body, route, 'state', '{"state":"nothing exists","action":"setup"}');
    const action = body['action'] ?? 'setup';
    // Own names only: `constructor` or `__proto__` are not states, whatever Object.prototype holds.
    const setUp = state === '' ? () => undefined : Object.hasOwn(providerStates, state) ? providerStates[state] : undefined;
    if (!setUp)
      throw new ControlError(
        400,
        `${route}: unknown provider state "${state}"`,
        `known states: ${Object.keys(providerStates)
          .map((s) => `"${s}"`)
          .join(', ')}`,
      );
    if (action === 'teardown') core.reset();
    else if (action === 'setup') setUp(core, paramsOf(body['params']));
    else throw new ControlError(400, `${route}: "action" must be "setup" or "teardown"`, 'leave it out to set the state up');
    return { status: 200, body: {} };
  },
};
