import { envelopes, type Envelope, type Unwrapped } from './envelopes/index.js';

/**
 * One event found in a capture: its place in the envelopes (absent for a bare event), and the event, or why the
 * envelope held none that could be read (`error` names the place: "Records[0].body is not JSON: …").
 */
export type FoundEvent = { readonly place?: string; readonly event: unknown } | { readonly place: string; readonly error: string };

const envelopeOf = (value: unknown, candidates: readonly Envelope[]): Envelope | undefined => candidates.find((e) => e.matches(value));

const found = (u: Unwrapped): FoundEvent => ('problem' in u ? { place: u.place, error: `${u.place} ${u.problem}` } : { place: u.place, event: u.payload });

/** Opens what an outer envelope carried once more, if it is one of the envelopes the outer one may carry. */
function opened(u: Unwrapped, carried: readonly Envelope[]): Unwrapped[] {
  if ('problem' in u) return [u];
  const inner = envelopeOf(u.payload, carried);
  if (!inner) return [u];
  return inner.unwrap(u.payload).map((v) => ({ ...v, place: `${u.place}.${v.place}` }));
}

/**
 * The events of one captured value, unwrapped from SQS, SNS, Kinesis or Firehose envelopes (docs/events.md),
 * or the value itself when it is in none. At most two envelopes deep (SNS inside SQS), by construction.
 */
export function unwrapEvents(value: unknown): FoundEvent[] {
  const outer = envelopeOf(value, envelopes);
  if (!outer) return [{ event: value }];
  return outer.unwrap(value).flatMap((u) => opened(u, outer.carries ?? []).map(found));
}
