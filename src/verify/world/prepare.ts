import { codePointLength, takeCodePoints } from '../../contract/codePoints.js';
import type { Operation } from '../../contract/operation.js';
import { properties, resolve } from '../../contract/schemaWalk.js';
import { createDomain, newCall, startPipelineTask, startVoiceTask, type Kind } from './setupSteps.js';
import { worldOf } from './world.js';
import type { Target } from '../reach/target.js';
import { pooledProfile, pooledVoiceprint, poolDomain } from './voiceprints.js';
import { sharedDomain } from './sharedDomain.js';

type Request = Record<string, unknown>;

/** Makes a generated value unique, keeping as much of it as its maxLength allows. */
function isolate(op: Operation, member: string, value: unknown, t: Target): string {
  const schema = resolve(op.document, properties(resolve(op.document, { $ref: op.requestRef }))[member] ?? {});
  const suffix = `-${t.unique('v')}`;
  const max = (schema['maxLength'] as number | undefined) ?? 256;
  return takeCodePoints(String(value), Math.max(0, max - codePointLength(suffix))) + suffix;
}

const isStart = (op: Operation) => op.name.startsWith('Start');
const kindOf = (member: string): Kind => (member.startsWith('SpeakerSearch') ? 'SpeakerSearchTask' : 'VoiceToneAnalysisTask');

/**
 * A valid generated request made to name live resources, member by member: the IDs of tasks, domains and
 * profiles it refers to are created first, Start operations get a pipeline or call of their own so that
 * no earlier task conflicts, tokens are made unique, and page tokens dropped. Driven by member names, so a new operation over the same resources needs nothing here.
 */
export async function prepare(t: Target, op: Operation, generated: Request): Promise<Request> {
  const r: Request = { ...generated };
  const has = (m: string) => op.bindings.some((b) => b.member === m);
  const world = worldOf(t);
  // On the real service a domain is made only with a key that exists: the user's, where they named one.
  if (world.kmsGiven && has('ServerSideEncryptionConfiguration')) r['ServerSideEncryptionConfiguration'] = { KmsKeyArn: world.kmsKeyArn };
  // A task starts only where a pipeline or a live call exists: the world makes one per case (or names one).
  if (isStart(op) && has('Identifier')) r['Identifier'] = await world.pipeline(isolate(op, 'Identifier', r['Identifier'], t));
  if (isStart(op) && has('TransactionId')) {
    const live = await world.call({ voiceConnectorId: String(r['VoiceConnectorId']), transactionId: isolate(op, 'TransactionId', r['TransactionId'], t) });
    Object.assign(r, { VoiceConnectorId: live.voiceConnectorId, TransactionId: live.transactionId });
  }
  // A token seen before with another input is a rightful 409; a page token must come from an earlier page.
  if (r['ClientRequestToken'] !== undefined) r['ClientRequestToken'] = isolate(op, 'ClientRequestToken', r['ClientRequestToken'], t);
  delete r['NextToken'];
  const where = op.bindings.find((b) => b.member === 'VoiceProfileDomainId')?.in;
  // A request acting on a domain (in its path) gets one of its own; a list scoped by a domain (in its query)
  // reads the pool's, which holds profiles; one that only refers to a domain (a speaker search) shares one.
  const liveDomain = () => (where === 'label' ? createDomain(t) : where === 'query' ? poolDomain(t) : sharedDomain(t));
  if (where !== undefined) r['VoiceProfileDomainId'] = await liveDomain();
  const domain = String(r['VoiceProfileDomainId']);
  // A voiceprint takes a whole speaker search to appear: they come from the shared pool.
  const tasks = ['SpeakerSearchTaskId', 'VoiceToneAnalysisTaskId'].filter(has).map(async (member) => {
    if (has('Identifier')) {
      r['Identifier'] = await world.pipeline(String(r['Identifier']));
      r[member] = await startPipelineTask(t, kindOf(member), String(r['Identifier']));
    } else if (has('VoiceConnectorId')) {
      const live = await newCall(t, String(r['VoiceConnectorId']));
      r['VoiceConnectorId'] = live.voiceConnectorId;
      r[member] = await startVoiceTask(t, kindOf(member), where ? domain : await sharedDomain(t), live);
    } else r[member] = (await pooledVoiceprint(t)).searchId;
  });
  const profile = has('VoiceProfileId') ? (async () => void (r['VoiceProfileId'] = await pooledProfile(t)))() : undefined;
  await Promise.all([...tasks, profile]);
  return r;
}
