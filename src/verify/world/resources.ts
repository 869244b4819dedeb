import type { Operation } from '../../contract/operation.js';
import { Nonconformance } from '../run/check.js';
import { describeAnswer } from '../report/describeAnswer.js';
import { call, type Called, type Target } from '../reach/target.js';
import { janitorOf } from './janitor.js';

type Json = Record<string, unknown>;

/** A JSON object, or undefined for anything else (arrays, text, null). */
export const objectAt = (value: unknown): Json | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined);

/** `StartSpeakerSearchTask` → `SpeakerSearchTask`, `ListVoiceProfiles` → `VoiceProfile`: the resource an operation is about. */
export const resourceKind = (op: Operation): string => op.name.replace(/^(Start|Get|Stop|Create|Update|Delete|List)/, '').replace(/s$/, '');

/** The resource an answer names by its member (`{ VoiceProfileDomain: {…} }` → the domain), never by position, or `{}`. */
export const resourceNamed = (json: Json | undefined, kind: string): Json => objectAt(json?.[kind]) ?? {};

/** A non-empty string ID, or undefined: an answer without one names no resource. */
export const idIn = (resource: Json, member: string): string | undefined => {
  const id = resource[member];
  return typeof id === 'string' && id.length > 0 ? id : undefined;
};

/** The ID of the resource an operation's answer describes (`SpeakerSearchTask.SpeakerSearchTaskId`), or undefined. */
export const resourceIdIn = (op: Operation, json: Json | undefined): string | undefined => idIn(resourceNamed(json, resourceKind(op)), `${resourceKind(op)}Id`);

/** A task's status in an operation's answer, as text ('undefined' when there is none). */
export const taskStatusIn = (op: Operation, json: Json | undefined): string => String(resourceNamed(json, resourceKind(op))[`${resourceKind(op)}Status`]);

/** Calls an operation that must answer its documented status; anything else is a nonconformance of the check. */
export async function expectSuccess(t: Target, op: Operation, input: Json, shown: unknown = input): Promise<Called> {
  const got = await call(t, op.id, input);
  if (got.answer.status !== op.http.status) throw new Nonconformance(`${op.name} answered ${describeAnswer(got.answer)}; the contract says ${op.http.status}`, shown);
  return got;
}

/**
 * Items a page of a list walk asks for: few, so that walks follow NextToken even in a short run, where a dozen
 * or two resources are alive (the janitor keeps a deep run to a few dozen). A target whose pages repeat, lose or
 * never end items is then seen by the walks themselves (test/mutants: NextToken ignored), not only by runs deep
 * enough to pile up a hundred resources.
 */
export const walkPageSize = 10;
/** Pages a list may take before the check gives up looking: far beyond any run's resources. */
const maxPages = 1000;

/** Every ID a List operation answers over all its pages, following NextToken. */
export function listAll(t: Target, op: Operation, input: Json, listMember: string, idMember: string, shown: unknown): Promise<Set<string>> {
  // Never while the run deletes what earlier cases made: a deletion could move items across a page boundary.
  const walk = () => walkList(t, op, input, listMember, idMember, shown);
  return janitorOf(t)?.walk(walk) ?? walk();
}

async function walkList(t: Target, op: Operation, input: Json, listMember: string, idMember: string, shown: unknown): Promise<Set<string>> {
  const ids = new Set<string>();
  // A page token of the generated request was never issued by the target: the walk starts at the first page.
  const { NextToken: _ignored, ...first } = input;
  let token: unknown;
  const seen = new Set<string>();
  for (let page = 0; page < maxPages; page++) {
    const { json } = await expectSuccess(t, op, { ...first, MaxResults: walkPageSize, ...(token === undefined ? {} : { NextToken: token }) }, shown);
    const items = json?.[listMember];
    if (!Array.isArray(items)) throw new Nonconformance(`${op.name} answered no ${listMember} list`, shown);
    for (const item of items) if (item && typeof item === 'object' && typeof (item as Json)[idMember] === 'string') ids.add((item as Json)[idMember] as string);
    const next = json?.['NextToken'];
    if (typeof next !== 'string' || next === '') return ids;
    if (seen.has(next)) throw new Nonconformance(`${op.name} answered a NextToken it had answered before: the list never ends`, shown);
    seen.add(next);
    token = next;
  }
  throw new Nonconformance(`${op.name} still had a NextToken after ${maxPages} pages`, shown);
}
