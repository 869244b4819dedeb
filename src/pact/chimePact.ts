import type { PactV4 } from '@pact-foundation/pact';
import { MatchersV3 } from '@pact-foundation/pact';
import { catalog } from '../contract/catalog.js';
import type { OperationTypes } from '../generated/types.js';
import type { Operation } from '../contract/operation.js';
import { validateRequest, validateResponse } from '../contract/validate.js';
import { encodeRequest } from '../wire/encodeRequest.js';
import { ContractExampleError } from './contractExampleError.js';
import { eventBuilders, type EventBuilders } from './events/eventBuilders.js';
import { matchersFor } from './matchersFor.js';

export { ContractExampleError, type ExampleSubject } from './contractExampleError.js';

/** One interaction: the provider state, the SDK-style request, and the success body or the error it gets. */
export type ProviderState = string | { readonly state: string; readonly params?: Record<string, string> };

export interface InteractionSpec {
  readonly given?: ProviderState | readonly ProviderState[];
  readonly description?: string;
  readonly request: Record<string, unknown>;
  readonly response: { readonly body?: unknown } | { readonly error: string; readonly message?: string };
}

/** What `willRespondWith` returns: the interaction, ready for `executeTest`. */
export type V4InteractionWithResponse = ReturnType<ReturnType<ReturnType<PactV4['addInteraction']>['withRequest']>['willRespondWith']>;

export type Builder = (spec: InteractionSpec) => V4InteractionWithResponse;

function answer(op: Operation, spec: InteractionSpec): { status: number; headers: Record<string, unknown>; body?: unknown } {
  const r = spec.response;
  if ('error' in r) {
    const error = op.errors.find((e) => e.type === r.error);
    if (!error) throw new Error(`chime-conformance pact: ${op.id} does not model ${r.error}; it models ${op.errors.map((e) => e.type).join(', ')}`);
    return {
      status: error.status,
      headers: { 'x-amzn-errortype': MatchersV3.regex(`^${error.type}(?::.*)?$`, error.type) },
      body: { Message: MatchersV3.string(r.message ?? `${error.type} from the provider`) },
    };
  }
  const checked = validateResponse(op.id, r.body);
  if (!checked.valid) throw new ContractExampleError(op, 'response', checked.issues);
  if (r.body === undefined) return { status: op.http.status, headers: {} };
  return { status: op.http.status, headers: { 'content-type': MatchersV3.regex('^application/json', 'application/json') }, body: matchersFor(op.document, { $ref: op.responseRef ?? '' }, r.body) };
}

const isBadRequest = (spec: InteractionSpec): boolean => 'error' in spec.response && spec.response.error === 'BadRequestException';

function checkRequest(op: Operation, spec: InteractionSpec): void {
  const checked = validateRequest(op.id, spec.request);
  const badRequest = isBadRequest(spec);
  // A BadRequest interaction is only true to the API if its request really breaks the contract.
  if (badRequest && checked.valid) throw new Error(`chime-conformance pact: the BadRequestException interaction of ${op.id} sends a request the contract accepts`);
  if (!badRequest && !checked.valid) throw new ContractExampleError(op, 'request', checked.issues);
}

function build(pact: PactV4, op: Operation, spec: InteractionSpec): V4InteractionWithResponse {
  checkRequest(op, spec);
  const wire = encodeRequest(op, spec.request);
  const [path = '', search = ''] = wire.target.split(/\?(.*)/s);
  const query: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(search)) (query[k] ??= []).push(v);
  const body = Object.fromEntries(op.bindings.filter((b) => b.in === 'body' && spec.request[b.member] !== undefined).map((b) => [b.name, spec.request[b.member]]));
  let i = pact.addInteraction();
  for (const g of [spec.given ?? []].flat()) i = typeof g === 'string' ? i.given(g) : i.given(g.state, g.params);
  const res = answer(op, spec);
  return i
    .uponReceiving(spec.description ?? `${op.id}${'error' in spec.response ? ` answering ${spec.response.error}` : ''}`)
    .withRequest(op.http.method, path, (b) => {
      if (Object.keys(query).length > 0) b.query(query);
      // A request that breaks the contract on purpose is recorded literally: matchers from the contract would refuse it.
      const json = isBadRequest(spec) ? body : matchersFor(op.document, { $ref: op.requestRef }, body);
      if (wire.body !== undefined) b.headers({ 'content-type': MatchersV3.regex('^application/json', 'application/json') }).jsonBody(json);
    })
    .willRespondWith(res.status, (b) => {
      b.headers(res.headers as never);
      if (res.body !== undefined) b.jsonBody(res.body);
    });
}

const camel = (s: string): string => s[0]?.toLowerCase() + s.slice(1);
const serviceKey = { 'media-pipelines': 'mediaPipelines', voice: 'voice' } as const;

/** The builder names of one service: its operations, camelCased (`voice.StartSpeakerSearchTask` → `startSpeakerSearchTask`). */
type BuilderNames<S extends string> = keyof OperationTypes extends infer K ? (K extends `${S}.${infer Name}` ? Uncapitalize<Name> : never) : never;

/** A builder per operation, typed by name: a misspelt operation does not compile. */
export interface ChimePact {
  readonly mediaPipelines: Readonly<Record<BuilderNames<'media-pipelines'>, Builder>>;
  readonly voice: Readonly<Record<BuilderNames<'voice'>, Builder>>;
  /** A message builder per event status the emulator sends: `events.voiceToneAnalysisSuccessful({ detail })`. */
  readonly events: EventBuilders;
}

/**
 * Interaction builders for every operation, on a PactV4 of yours: `chimePact(pact).voice.startSpeakerSearchTask({…})`.
 * Method, path, literal query, headers and schema-derived matchers are filled in; examples are validated first.
 */
export function chimePact(pact: PactV4): ChimePact {
  const out = { mediaPipelines: {} as Record<string, Builder>, voice: {} as Record<string, Builder>, events: eventBuilders(pact) };
  for (const op of catalog) out[serviceKey[op.service]][camel(op.name)] = (spec) => build(pact, op, spec);
  // Every name of BuilderNames is filled above, from the same catalog the generated types come from.
  return out as unknown as ChimePact;
}
