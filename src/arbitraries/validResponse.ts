import { memoize } from './_internals/memoize.js';
import fc from 'fast-check';
import { getOperation } from '../contract/catalog.js';
import type { Operation } from '../contract/operation.js';
import { schemaArbitrary } from './_internals/schemaArbitrary.js';

/** A response as it crosses the wire: status, headers and the JSON body (undefined for 204). */
export interface WireResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** The error type for error responses, as `x-amzn-errortype` carries it. */
  readonly errorType?: string;
}

const requestId = fc.uuid().map((id) => ({ 'x-amzn-requestid': id }));

function success(op: Operation): fc.Arbitrary<WireResponse> {
  const body = op.responseRef ? schemaArbitrary(op.document, { $ref: op.responseRef }) : fc.constant(undefined);
  const json = op.responseRef ? { 'content-type': 'application/json' } : {};
  return fc.record({ body, ids: requestId }).map(({ body: b, ids }) => ({ status: op.http.status, headers: { ...ids, ...json }, body: b }));
}

function failure(op: Operation): fc.Arbitrary<WireResponse> {
  return fc.constantFrom(...op.errors).chain((e) =>
    fc.record({ body: schemaArbitrary(op.document, { $ref: `#/$defs/${e.type}` }), ids: requestId }).map(({ body, ids }) => ({
      status: e.status,
      headers: { ...ids, 'content-type': 'application/json', 'x-amzn-errortype': e.type },
      body,
      errorType: e.type,
    })),
  );
}

/** Success responses (most of the time) and every modelled error of the operation, as sent on the wire. */
export const validResponse: (id: string) => fc.Arbitrary<WireResponse> = memoize((id) => {
  const op = getOperation(id);
  return fc.oneof({ weight: 3, arbitrary: success(op) }, { weight: 1, arbitrary: failure(op) });
});
