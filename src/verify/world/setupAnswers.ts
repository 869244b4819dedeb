import type { LiveCall } from './world.js';
import { SetupFailed, type Json } from './setupClient.js';

/** What a hook can make, and its clock (schemas/setup/answers.json#/$defs/describe). */
export interface Described {
  readonly clock: 'system' | 'manual';
  readonly makes: readonly string[];
}

const wrong = (action: string, member: string, what: string) => new SetupFailed(`the setup hook's answer to ${action} has ${member} ${what} (schemas/setup/answers.json)`);

function text(json: Json, action: string, member: string): string {
  const value = json[member];
  // 1024 characters as JSON Schema counts them: code points, not UTF-16 units.
  if (typeof value !== 'string' || value === '' || [...value].length > 1024) throw wrong(action, member, value === undefined ? 'missing' : 'that is no ID of 1 to 1024 characters');
  return value;
}

export function readDescribed(json: Json): Described {
  if (json['protocol'] !== 'chime-conformance-setup/1') throw wrong('describe', 'protocol', `${JSON.stringify(json['protocol'])}, not "chime-conformance-setup/1"`);
  const clock = json['clock'];
  if (clock !== 'system' && clock !== 'manual') throw wrong('describe', 'clock', 'neither "system" nor "manual"');
  const makes = json['makes'];
  const known = ['pipeline', 'voiceConnector', 'call'];
  if (!Array.isArray(makes) || !makes.every((m) => known.includes(m as string))) throw wrong('describe', 'makes', `that is no list of ${known.join(', ')}`);
  return { clock, makes: makes as string[] };
}

/** The ID of a pipeline (or Voice Connector) the hook made. */
export const readMadeId = (json: Json, resource: string): string => {
  if (json['resource'] !== resource) throw wrong(`create ${resource}`, 'resource', `${JSON.stringify(json['resource'])}`);
  return text(json, `create ${resource}`, 'id');
};

export function readMadeCall(json: Json): LiveCall {
  if (json['resource'] !== 'call') throw wrong('create call', 'resource', `${JSON.stringify(json['resource'])}`);
  return { voiceConnectorId: text(json, 'create call', 'voiceConnectorId'), transactionId: text(json, 'create call', 'transactionId') };
}
