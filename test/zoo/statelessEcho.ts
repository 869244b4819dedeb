import { randomUUID } from 'node:crypto';
import { empty, json, type Input, type Routed } from './stubServer.js';

const now = () => new Date().toISOString();
const arn = (kind: string, id: string) => `arn:aws:chime:us-east-1:111122223333:${kind}/${id}`;

/** A task as a stateless server sees it: the ID it was given (or a new one), always the same status. */
function task(r: Routed, kind: string, id: string): Input {
  const voice = r.op.service === 'voice';
  const call = voice
    ? { CallDetails: { VoiceConnectorId: r.input['VoiceConnectorId'], TransactionId: r.input['TransactionId'] ?? 'unknown', IsCaller: r.input['IsCaller'] ?? r.input['CallLeg'] !== 'Callee' } }
    : {};
  // A Voice speaker search read back says SUCCEEDED, so that voice profiles can be made and their checks reached.
  const status = !voice ? 'InProgress' : kind === 'SpeakerSearchTask' && r.op.name.startsWith('Get') ? 'SUCCEEDED' : 'IN_PROGRESS';
  return { [kind]: { [`${kind}Id`]: id, [`${kind}Status`]: status, ...call, CreatedTimestamp: now(), UpdatedTimestamp: now() } };
}

const domain = (id: string, i: Input) => ({
  VoiceProfileDomain: {
    VoiceProfileDomainId: id,
    VoiceProfileDomainArn: arn('voice-profile-domain', id),
    Name: i['Name'] ?? 'stateless',
    ...(i['Description'] !== undefined ? { Description: i['Description'] } : {}),
    ...(i['ServerSideEncryptionConfiguration'] !== undefined ? { ServerSideEncryptionConfiguration: i['ServerSideEncryptionConfiguration'] } : {}),
    CreatedTimestamp: now(),
    UpdatedTimestamp: now(),
  },
});
const profile = (id: string) => ({
  VoiceProfile: {
    VoiceProfileId: id,
    VoiceProfileArn: arn('voice-profile', id),
    VoiceProfileDomainId: 'stateless-domain',
    CreatedTimestamp: now(),
    UpdatedTimestamp: now(),
    ExpirationTimestamp: now(),
  },
});

/**
 * (d) Validating but stateless: Start and Create echo what they were given with a new ID, Get echoes the ID
 * asked for with a constant status (SUCCEEDED for a Voice speaker search) (and the writes it cannot remember as defaults), Stop and Delete answer 204,
 * lists are empty.
 */
export function statelessEcho(r: Routed) {
  const name = r.op.name;
  const kind = name.replace(/^(Start|Get|Stop|Create|Update|Delete|List)/, '');
  if (name.startsWith('Stop') || name.startsWith('Delete')) return empty(r.op.http.status);
  if (name.startsWith('List')) return json(200, { [kind]: [] });
  const given = r.input[`${kind}Id`];
  const id = typeof given === 'string' ? given : randomUUID();
  if (kind.endsWith('Task')) return json(r.op.http.status, task(r, kind, id));
  if (kind === 'VoiceProfileDomain') return json(r.op.http.status, domain(id, name === 'GetVoiceProfileDomain' ? {} : r.input));
  return json(r.op.http.status, profile(id));
}
