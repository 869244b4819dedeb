import type { Operation } from '../../contract/operation.js';
import { parseJson } from '../../shared/parseJson.js';
import type { EncodedRequest } from '../../wire/encodeRequest.js';
import { route } from '../../wire/route.js';
import { objectAt, resourceIdIn, resourceKind } from '../world/resources.js';

type Members = Readonly<Record<string, unknown>>;

/** Something a run made on the target, and the request that ends it (a Delete, or a task's Stop). */
export interface Made {
  /** `voice/VoiceProfileDomain/<id>`: the same for the request that made it and the one that ends it. */
  readonly key: string;
  readonly kind: string;
  readonly id: string;
  readonly end: { readonly op: string; readonly input: Readonly<Record<string, string>> };
}

export const creates = (op: Operation): boolean => /^(Create|Start)/.test(op.name);
export const ends = (op: Operation): boolean => /^(Delete|Stop)/.test(op.name);

/** A task is found under its pipeline or Voice Connector; its Stop names that too. */
const scopeMember = (op: Operation): string => (op.service === 'media-pipelines' ? 'Identifier' : 'VoiceConnectorId');

/** The key of the resource a request addresses by its members (`VoiceProfileDomainId`, `SpeakerSearchTaskId`). */
export function keyOf(op: Operation, members: Members): string | undefined {
  const kind = resourceKind(op);
  const id = members[`${kind}Id`];
  return typeof id === 'string' && id !== '' ? `${op.service}/${kind}/${id}` : undefined;
}

/** What a Create or Start answered with success made, by the ID its answer names; undefined without one. */
export function madeBy(op: Operation, members: Members, body: string): Made | undefined {
  const kind = resourceKind(op);
  const parsed = parseJson(body);
  const id = parsed.ok ? resourceIdIn(op, objectAt(parsed.value)) : undefined;
  if (id === undefined) return undefined;
  const task = op.name.startsWith('Start');
  const scope = task ? { [scopeMember(op)]: String(members[scopeMember(op)] ?? '') } : {};
  const end = { op: `${op.service}.${task ? 'Stop' : 'Delete'}${kind}`, input: { ...scope, [`${kind}Id`]: id } };
  return { key: `${op.service}/${kind}/${id}`, kind, id, end };
}

/** The operation a raw request addresses and its label members, or undefined for a path no operation has. */
export function rawOperation(req: EncodedRequest): { op: Operation; members: Members } | undefined {
  const [path = '', search = ''] = req.target.split(/\?(.*)/s);
  const found = route(req.method, path, new URLSearchParams(search));
  if (!found) return undefined;
  const members: Record<string, string> = {};
  for (const b of found.op.bindings) if (b.in === 'label' && found.labels[b.name] !== undefined) members[b.member] = found.labels[b.name] as string;
  return { op: found.op, members };
}
