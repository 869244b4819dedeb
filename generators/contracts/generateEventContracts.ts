import { PactV4 } from '@pact-foundation/pact';
import { validateEvent } from '../../src/contract/validateEvent.js';
import { chimePact } from '../../src/pact/chimePact.js';
import type { EventInteraction } from '../../src/pact/events/eventBuilders.js';
import type { EventSpec } from '../../src/pact/events/eventSpec.js';
import { eventStatuses, type EventStatusKey } from '../../src/pact/events/eventStatuses.js';
import { canonicalEvents } from './eventInteractions.js';

export const eventConsumer = 'voice-analytics-app';
export const eventProvider = 'chime-voice-analytics-events';

/**
 * The consumer test of one canonical message: its builder records it, and the handler, standing in for the
 * app's event handler, gets the reified example and checks it is a valid event of the status it expects.
 */
async function play<K extends EventStatusKey>(pact: PactV4, key: K, spec: EventSpec<K>): Promise<void> {
  const builder: (s: EventSpec<K>) => EventInteraction = chimePact(pact).events[key];
  await builder(spec).executeTest(async (message) => {
    const event = message.contents.content as { detail?: { detailStatus?: unknown } };
    const checked = validateEvent(event);
    if (!checked.valid) throw new Error(`generate contracts: the ${key} message is no valid event: ${checked.issues.map((i) => i.message).join('; ')}`);
    if (event.detail?.detailStatus !== eventStatuses[key].detailStatus) throw new Error(`generate contracts: the ${key} message has status ${String(event.detail?.detailStatus)}`);
  });
}

/** Writes `voice-analytics-app-chime-voice-analytics-events.json` (Pact V4 asynchronous messages) into `dir`. */
export async function generateEventContracts(dir: string): Promise<void> {
  const pact = new PactV4({ consumer: eventConsumer, provider: eventProvider, dir, logLevel: 'error' });
  // Each entry pairs a key with its own spec; TypeScript cannot follow that pairing through the union.
  for (const { key, spec } of canonicalEvents) await play(pact, key, spec as EventSpec<typeof key>);
}
