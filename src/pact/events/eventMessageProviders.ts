import { readFileSync } from 'node:fs';
import type { MessageProviders } from '@pact-foundation/pact';
import { emulatedEvent } from './emulatedEvent.js';
import { defaultDescription, eventStatuses, pathOf, type EventPath } from './eventStatuses.js';

interface PactMessage {
  readonly type?: string;
  readonly description?: string;
  readonly contents?: { readonly content?: { readonly detail?: Record<string, unknown> } };
}

/** The event messages of a pact file: their description, and the status and path their example has. */
function messagesOf(file: string): { description: string; detailStatus: string; path: EventPath }[] {
  let pact: { interactions?: readonly PactMessage[] };
  try {
    pact = JSON.parse(readFileSync(file, 'utf8')) as typeof pact;
  } catch {
    return []; // Pact reports a file it cannot read, with its own words
  }
  return (Array.isArray(pact.interactions) ? pact.interactions : []).flatMap((i) => {
    const detail = i.contents?.content?.detail;
    const detailStatus = detail?.['detailStatus'];
    if (i.type !== 'Asynchronous/Messages' || typeof i.description !== 'string' || typeof detailStatus !== 'string' || !detail) return [];
    return [{ description: i.description, detailStatus, path: pathOf(detail) }];
  });
}

const paths: readonly EventPath[] = ['Voice Connector', 'media insights pipeline'];

/**
 * Pact asks a message provider by the message's description only. Each description the builders give by
 * default is answered by its scenario; so is each message of the local pact files, whatever its
 * description, by the scenario of the status and path its example shows. Each answer runs a fresh emulator.
 */
export function eventMessageProviders(pactFiles: readonly string[] = []): MessageProviders {
  const byDefault = Object.values(eventStatuses).flatMap(({ detailType, detailStatus }) =>
    paths.map((path) => ({ description: defaultDescription(detailType, detailStatus, path), detailStatus, path })),
  );
  const providers: MessageProviders = {};
  for (const m of [...byDefault, ...pactFiles.flatMap(messagesOf)]) providers[m.description] = async () => emulatedEvent(m.detailStatus, m.path);
  return providers;
}
