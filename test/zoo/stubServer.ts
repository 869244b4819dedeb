import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { validResponse } from '../../src/arbitraries/validResponse.js';
import type { Operation } from '../../src/contract/operation.js';
import { validateRequest, withoutNullMembers } from '../../src/contract/validate.js';
import type { ServerOptions } from '../../src/emulator/http/startServer.js';
import { controlPrefix } from '../../src/emulator/control/handleControl.js';
import { errorBody } from '../../src/emulator/wire/errorBody.js';
import { faultGate, noFaults } from '../../src/emulator/wire/faults.js';
import type { RawRequest, RawResponse } from '../../src/emulator/wire/types.js';
import { decodeRequest } from '../../src/wire/decodeRequest.js';
import { route } from '../../src/wire/route.js';

export type Input = Record<string, unknown>;

/** What a stub makes of one routed request: the operation and its input as the SDK would have written it. */
export interface Routed {
  readonly op: Operation;
  readonly input: Input;
}

/** A plainly wrong implementation of all 22 operations: one function from a routed request to an answer. */
export type StubAnswer = (r: Routed) => RawResponse;

const ids = () => ({ 'x-amzn-requestid': randomUUID() });

export const json = (status: number, body: unknown): RawResponse => ({ status, headers: { ...ids(), 'content-type': 'application/json' }, body: JSON.stringify(body) });
export const empty = (status: number): RawResponse => ({ status, headers: ids(), body: undefined });

/** An error answer of the right shape: header, request ID, JSON body with Message (and Code where modelled). */
export function error(op: Operation | undefined, status: number, type: string, message: string): RawResponse {
  const requestId = randomUUID();
  return { status, headers: { 'x-amzn-requestid': requestId, 'x-amzn-errortype': type, 'content-type': 'application/json' }, body: JSON.stringify(errorBody(op?.service, type, message, requestId)) };
}

/** Bodies drawn ahead per operation: a draw per answer made the stub, not verify, the slow side of the test. */
const drawn = new Map<string, unknown[]>();
const drawsPerOperation = 64;

/** A body of the documented success answer, drawn from the response schema (validResponse also draws the errors). */
function successBody(op: Operation): fc.Arbitrary<unknown> {
  const success = validResponse(op.id).filter((r) => r.errorType === undefined);
  return success.map((r) => r.body);
}

/** The documented status with a body drawn at random from the response schema (any of 64 draws, at random). */
export function randomAnswer(op: Operation): RawResponse {
  if (!op.responseRef) return empty(op.http.status);
  let bodies = drawn.get(op.id);
  if (!bodies) drawn.set(op.id, (bodies = fc.sample(successBody(op), drawsPerOperation)));
  return json(op.http.status, bodies[Math.floor(Math.random() * bodies.length)]);
}

/** 400 BadRequestException naming the first rule the request breaks, or undefined for a valid request. */
export function rejectInvalid(r: Routed | { op: Operation; input: unknown }): RawResponse | undefined {
  const result = validateRequest(r.op.id, withoutNullMembers(r.input));
  return result.valid ? undefined : error(r.op, 400, 'BadRequestException', result.issues[0]?.message ?? 'invalid');
}

function parse(body: Uint8Array | undefined): { ok: true; value: unknown } | { ok: false } {
  const text = new TextDecoder().decode(body ?? new Uint8Array());
  if (text === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Server options for a stub: routing and body parsing as any server does them, then the stub's answer. */
export function stubServer(answer: StubAnswer, validates: boolean): ServerOptions {
  const handle = async (r: RawRequest): Promise<RawResponse> => {
    // Split by hand: URL parsing would resolve `.` and `..` labels, which random IDs may be.
    const [path = '', search = ''] = r.target.split('?');
    const query = new URLSearchParams(search);
    const matched = route(r.method, path, query);
    if (!matched) return error(undefined, 404, 'UnknownOperationException', 'no such operation');
    const body = parse(r.body);
    if (!body.ok) return validates ? error(matched.op, 400, 'BadRequestException', 'the body is not JSON') : answer({ op: matched.op, input: {} });
    const input = decodeRequest(matched.op, { labels: matched.labels, query, body: body.value });
    if (validates) {
      const refused = rejectInvalid({ op: matched.op, input });
      if (refused) return refused;
    }
    return answer({ op: matched.op, input: (input && typeof input === 'object' ? input : {}) as Input });
  };
  return { interpose: () => handle };
}

/**
 * The stub behind a busy front: a seeded share of requests answered 429 ThrottledClientException before the stub
 * sees them, as a real service under load would. A wrong server that also throttles is still wrong, and verify's
 * retries must not turn its wrong answers into inconclusive ones. The control plane is left alone: it is verify's
 * setup, not the API under test.
 */
export function throttling(options: ServerOptions, share: number, seed = 7): ServerOptions {
  const gate = faultGate({ ...noFaults, throttle: share, seed });
  const inner = options.interpose;
  return {
    ...options,
    interpose: (handle) => {
      const next = inner ? inner(handle) : handle;
      return (r) => (!r.target.startsWith(controlPrefix) && gate('any') ? Promise.resolve(error(undefined, 429, 'ThrottledClientException', 'Rate exceeded')) : next(r));
    },
  };
}
