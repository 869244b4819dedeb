import { ControlError, type ControlRoute } from '../controlRoute.js';

/** After which sequence number to list: 0 (everything kept) when absent. */
function afterOf(query: URLSearchParams): number {
  const text = query.get('after') ?? '0';
  if (!/^\d{1,15}$/.test(text)) throw new ControlError(400, `GET /_chime/events: after=${text} is not a sequence number`, 'send the "next" of the previous answer, or 0 for everything kept');
  return Number(text);
}

/**
 * The voice analytics events emitted so far, for tests that poll instead of listening: each with its sequence
 * number; `next` is what to send as `after` the next time; `dropped` counts events no longer kept.
 */
export const listEvents: ControlRoute = {
  method: 'GET',
  path: '/_chime/events',
  summary: 'events emitted after a sequence number (?after=N)',
  run: (core, _, __, query) => ({ status: 200, body: core.events.since(afterOf(query)) }),
};
