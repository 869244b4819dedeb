import { ControlError, type ControlRoute } from '../controlRoute.js';
import { keptEvents } from '../../core/events/eventLog.js';

/** After which sequence number to list: 0 (everything kept) when absent. */
function afterOf(query: URLSearchParams): number {
  const text = query.get('after') ?? '0';
  if (!/^\d{1,15}$/.test(text)) throw new ControlError(400, `GET /_chime/events: after=${text} is not a sequence number`, 'send the "next" of the previous answer, or 0 for everything kept');
  return Number(text);
}

/** How many events one answer holds at most: all that are kept (10,000) unless ?limit=N asks for fewer. */
function limitOf(query: URLSearchParams): number {
  const text = query.get('limit') ?? String(keptEvents);
  const n = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= keptEvents)) throw new ControlError(400, `GET /_chime/events: limit=${text} is not from 1 to ${keptEvents}`, 'page with ?after=<next>&limit=1000');
  return n;
}

/**
 * The voice analytics events emitted so far, for tests that poll instead of listening: each with its sequence
 * number; `next` is what to send as `after` the next time; `dropped` counts events no longer kept.
 */
export const listEvents: ControlRoute = {
  method: 'GET',
  path: '/_chime/events',
  summary: 'events emitted after a sequence number (?after=N&limit=M)',
  run: (core, _, __, query) => ({ status: 200, body: core.events.since(afterOf(query), limitOf(query)) }),
};
