import { PactV4 } from '@pact-foundation/pact';
import { getOperation } from '../../src/contract/catalog.js';
import { exampleCredentials } from '../../src/emulator/wire/sigv4.js';
import { type Builder, chimePact } from '../../src/pact/chimePact.js';
import { sdkSender } from '../../src/verify/reach/sdkSender.js';
import { generateEventContracts } from './generateEventContracts.js';
import { mediaPipelinesInteractions, voiceInteractions, type CanonicalInteraction } from './interactions.js';

export const consumer = 'aws-sdk-js-v3';
export const providers = [
  { provider: 'chime-sdk-media-pipelines', key: 'mediaPipelines', interactions: mediaPipelinesInteractions },
  { provider: 'chime-sdk-voice', key: 'voice', interactions: voiceInteractions },
] as const;

/** Plays one interaction with the real SDK v3 client against Pact's mock server, which records it. */
async function play(pact: PactV4, key: 'mediaPipelines' | 'voice', i: CanonicalInteraction): Promise<void> {
  const op = getOperation(i.operation);
  // Looked up by a name read from the catalog at run time: the typed builders are indexed as a plain map here.
  const builders: Readonly<Record<string, Builder | undefined>> = chimePact(pact)[key];
  const builder = builders[op.name[0]?.toLowerCase() + op.name.slice(1)];
  if (!builder) throw new Error(`generate contracts: no builder for ${op.id}`);
  await builder(i).executeTest(async (server) => {
    const { answer, error } = await sdkSender(server.url, 'us-east-1', exampleCredentials)(op, i.request);
    const want = 'error' in i.response ? i.response.error : undefined;
    if ((error?.name ?? undefined) !== want) {
      throw new Error(`generate contracts: ${op.id} got ${error?.name ?? answer.status}, the interaction says ${want ?? 'success'}`);
    }
  });
}

/**
 * pact-core's mock server now and then reports a request it answered as "expected but not received" (about one
 * run in four here, a different interaction each time). Such a run is played again; any other failure is not.
 */
async function playSteadily(pact: PactV4, key: 'mediaPipelines' | 'voice', i: CanonicalInteraction, tries = 3): Promise<void> {
  try {
    await play(pact, key, i);
  } catch (e) {
    if (tries <= 1 || !String((e as Error).message).includes('expected but not received')) throw e;
    await playSteadily(pact, key, i, tries - 1);
  }
}

/** Writes `aws-sdk-js-v3-<provider>.json` (Pact V4) for both providers, and the event message pact, into `dir`. */
export async function generateContracts(dir: string): Promise<void> {
  for (const { provider, key, interactions } of providers) {
    const pact = new PactV4({ consumer, provider, dir, logLevel: 'error' });
    for (const i of interactions) await playSteadily(pact, key, i);
  }
  await generateEventContracts(dir);
}
