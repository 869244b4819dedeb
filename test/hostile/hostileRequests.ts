import fc from 'fast-check';
import { arbitraries, catalog } from '../../src/index.js';
import { encodeRequest } from '../../src/wire/encodeRequest.js';

/** One raw request of the hostile suite, with the category it belongs to. */
export interface Hostile {
  readonly category: string;
  readonly method: string;
  readonly target: string;
  readonly headers: Record<string, string>;
  readonly body: Buffer | undefined;
}

const json = { 'content-type': 'application/json' };
const anyOp = fc.constantFrom(...catalog);
const withBody = fc.constantFrom(...catalog.filter((op) => op.bindings.some((b) => b.in === 'body')));
const validWire = (ops = anyOp) => ops.chain((op) => arbitraries.validRequest(op.id).map((r) => encodeRequest(op, r)));

/** JSON text with a poisonous key (`__proto__`, `constructor`, `prototype`) at some depth of the body. */
const poisoned = fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.nat({ max: 4 }), fc.jsonValue()).map(([key, depth, value]) => {
  let inner = `{"${key}":{"polluted":true,"toString":1,"valueOf":${JSON.stringify(value) ?? 'null'}}}`;
  for (let i = 0; i < depth; i++) inner = `{"KinesisVideoStreamSourceTaskConfiguration":${inner},"Tags":[${inner}],"ServerSideEncryptionConfiguration":${inner}}`;
  return inner;
});

const categories: Record<string, fc.Arbitrary<Omit<Hostile, 'category'>>> = {
  'malformed or truncated JSON': fc
    .tuple(validWire(withBody), fc.nat(), fc.string())
    .map(([w, cut, junk]) => ({ ...w, headers: json, body: Buffer.from((w.body ?? '{}').slice(0, cut % Math.max(1, (w.body ?? '{}').length)) + junk) })),
  'wrong types at every level': fc
    .tuple(validWire(withBody), fc.jsonValue())
    .map(([w, v]) => ({ ...w, headers: json, body: Buffer.from((w.body ?? '{}').replace(/:("[^"]*"|\d+|true|false)/, `:${JSON.stringify(v) ?? 'null'}`)) })),
  'poisonous keys at every level': fc.tuple(validWire(withBody), poisoned).map(([w, body]) => ({ ...w, headers: json, body: Buffer.from(body) })),
  'invalid UTF-8': fc
    .tuple(validWire(withBody), fc.uint8Array({ minLength: 1, maxLength: 64 }))
    .map(([w, bytes]) => ({ ...w, headers: json, body: Buffer.concat([Buffer.from('{"Name":"'), Buffer.from([0xff, 0xfe]), Buffer.from(bytes), Buffer.from('"}')]) })),
  'encoded slashes and dots in labels': fc
    .tuple(validWire(anyOp), fc.constantFrom('%2F', '%2E%2E', '..', '%2e', '%252F', '%00', '%'))
    .map(([w, bad]) => ({ ...w, target: w.target.replace(/\/([^/?]+)(\?|$)/, `/${bad}$1${bad}$2`), body: w.body === undefined ? undefined : Buffer.from(w.body) })),
  'very long paths and headers': fc.tuple(validWire(anyOp), fc.integer({ min: 1000, max: 12000 })).map(([w, n]) => ({
    ...w,
    target: `${w.target.split('?')[0]}${'/x'.repeat(n / 2)}`,
    headers: { ...w.headers, 'x-long': 'h'.repeat(n) },
    body: w.body === undefined ? undefined : Buffer.from(w.body),
  })),
  'repeated query parameters': validWire(anyOp).map((w) => ({
    ...w,
    target: `${w.target}${w.target.includes('?') ? '&' : '?'}operation=start&operation=stop&isCaller=true&isCaller=false&max-results=1&max-results=100`,
    body: w.body === undefined ? undefined : Buffer.from(w.body),
  })),
  'methods and paths not in the model': fc
    .tuple(fc.constantFrom('PATCH', 'OPTIONS', 'TRACE', 'PUT', 'DELETE', 'POST', 'GET'), fc.webPath(), fc.string())
    .map(([method, path, body]) => ({ method, target: path.startsWith('/') ? path : `/${path}`, headers: json, body: Buffer.from(body) })),
};

/** A body of 10 MiB, once per run: refused without being buffered. */
export const hugeBody = (): Hostile => ({ category: '10 MiB body', method: 'POST', target: '/voice-profile-domains', headers: json, body: Buffer.alloc(10 * 1024 * 1024, 0x20) });

/**
 * `count` hostile requests in batches of about `batch`, spread evenly over the categories, the same for the same
 * seed: generated as they are sent, so the suite's own memory does not hide the server's.
 */
export function* hostileBatches(count: number, seed: number, batch = 2000): Generator<Hostile[]> {
  for (let done = 0, n = 0; done < count; done += batch, n++) yield hostileRequests(Math.min(batch, count - done), seed + n * 101);
}

/** `count` hostile requests, spread evenly over the categories, the same for the same seed. */
export function hostileRequests(count: number, seed: number): Hostile[] {
  const names = Object.keys(categories);
  return names.flatMap((category, i) =>
    fc.sample(categories[category] as fc.Arbitrary<Omit<Hostile, 'category'>>, { seed: seed + i, numRuns: Math.ceil(count / names.length) }).map((h) => ({ ...h, category })),
  );
}
