import type { PactV4 } from '@pact-foundation/pact';
import { eventMatchers } from './eventMatchers.js';
import { eventSchemaFor } from './eventSchemas.js';
import type { EventSpec } from './eventSpec.js';
import { defaultDescription, eventStatuses, pathOf, type EventStatusKey } from './eventStatuses.js';
import { exampleEvent } from './exampleEvent.js';

/** What `expectsToReceive` returns: the message interaction, ready for `executeTest(handler)`. */
export type EventInteraction = ReturnType<ReturnType<PactV4['addAsynchronousInteraction']>['expectsToReceive']>;

/** One builder per status; the keys are fixed, so a misspelt status does not compile. */
export type EventBuilders = { readonly [K in EventStatusKey]: (spec: EventSpec<K>) => EventInteraction };

function build<K extends EventStatusKey>(pact: PactV4, key: K, spec: EventSpec<K>): EventInteraction {
  const { detailType, detailStatus } = eventStatuses[key];
  const event = exampleEvent(key, spec);
  const document = eventSchemaFor(detailType);
  const content = eventMatchers(document, document, event);
  const description = spec.description ?? defaultDescription(detailType, detailStatus, pathOf(event['detail'] as Record<string, unknown>));
  return pact.addAsynchronousInteraction().expectsToReceive(description, (b) => b.withJSONContent(content));
}

/**
 * Asynchronous message builders on your PactV4, one per event status: `events.identificationSuccessful({
 * detail })` validates the example against schemas/events/ and records it with the schema's matchers.
 */
export function eventBuilders(pact: PactV4): EventBuilders {
  const keys = Object.keys(eventStatuses) as EventStatusKey[];
  return Object.fromEntries(keys.map((key) => [key, (spec: EventSpec<typeof key>) => build(pact, key, spec)])) as unknown as EventBuilders;
}
