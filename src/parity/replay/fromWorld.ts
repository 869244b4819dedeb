import type { Operation } from '../../contract/operation.js';
import { validateRequest } from '../../contract/validate.js';
import type { World } from '../../verify/world/world.js';

type Json = Readonly<Record<string, unknown>>;
const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
// Also a value the world kept as it was: mapped to itself, it is known, and not asked for again.
const map = (identities: Map<string, string>, was: string, now: string) => void (!identities.has(was) && identities.set(was, now));

/** Asks the world once per value: one it could not give is sent as recorded from then on, and said so once. */
async function asked(what: string, identities: Map<string, string>, was: string, get: () => Promise<void>): Promise<string[]> {
  try {
    await get();
    return [];
  } catch (e) {
    identities.set(was, was);
    return [`the target's world gave no ${what} (${(e as Error).message}); the recorded one was sent`];
  }
}

/**
 * What a valid recorded request names that exists on the recording's account and that no earlier answer made: a
 * media insights pipeline, a live call on a Voice Connector, the KMS key the user named. The target's world makes
 * or names them (keeping the recorded IDs where it allows) and the recorded values are mapped to them. Answers
 * notes for what it could not give. An invalid request is not asked about: it names nothing that must exist.
 */
export async function fromWorld(op: Operation, input: unknown, identities: Map<string, string>, world: World): Promise<string[]> {
  if (input === null || typeof input !== 'object' || !validateRequest(op.id, input).valid) return [];
  const i = input as Json;
  const pipeline = op.service === 'media-pipelines' ? text(i['Identifier']) : undefined;
  if (pipeline !== undefined && !identities.has(pipeline)) return asked('pipeline', identities, pipeline, async () => map(identities, pipeline, await world.pipeline(pipeline)));
  const vc = text(i['VoiceConnectorId']);
  const tx = text(i['TransactionId']);
  if (op.service === 'voice' && op.name.startsWith('Start') && vc !== undefined && tx !== undefined && !identities.has(tx)) {
    return asked('live call', identities, tx, async () => {
      const call = await world.call({ voiceConnectorId: identities.get(vc) ?? vc, transactionId: tx });
      map(identities, vc, call.voiceConnectorId);
      map(identities, tx, call.transactionId);
    });
  }
  const kms = text((i['ServerSideEncryptionConfiguration'] as Json | undefined)?.['KmsKeyArn']);
  if (kms !== undefined && world.kmsGiven) map(identities, kms, world.kmsKeyArn);
  return [];
}
