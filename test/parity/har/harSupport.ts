import { Ajv, type AnySchemaObject } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { bodyOf, type Body, type Exchange } from '../../../src/parity/exchange.js';

const require = createRequire(import.meta.url);

/**
 * har-schema 2.0.0 compiled at test time by ajv itself, with its draft-06 meta-schema and ajv-formats' full
 * formats: an oracle apart from the generated validator and its own formats.
 */
function harSchemaValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as AnySchemaObject);
  addFormats.default(ajv, { mode: 'full' });
  for (const schema of Object.values(require('har-schema') as Record<string, AnySchemaObject>)) ajv.addSchema(schema);
  const validate = ajv.getSchema('har.json#');
  if (!validate) throw new Error('har-schema has no har.json#');
  return validate;
}

const validate = harSchemaValidator();

/** The ajv errors of a HAR document against har-schema, [] when it holds. */
export const harSchemaErrors = (document: unknown): unknown[] => (validate(document) ? [] : [...(validate.errors ?? [])]);

const headerName = fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,24}$/);
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
const header = fc.record({ name: fc.oneof(headerName, fc.constantFrom('Content-Type', 'content-type', 'X-Amz-Date', 'Set-Cookie')), value: anyText });
// Repeated headers: the same name twice or more, as Set-Cookie or a list header may come.
const headers = fc.array(header, { maxLength: 6 }).chain((hs) => fc.constantFrom(hs, [...hs, ...hs.slice(0, 2)]));

/** Bodies as the proxy makes them: UTF-8 text (JSON or not), or base64 of bytes that are not UTF-8. */
const body: fc.Arbitrary<Body> = fc
  .oneof(
    fc.constant(''),
    fc.string({ unit: 'binary' }),
    fc.json(),
    fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b).toString('latin1')),
  )
  .chain((text) => fc.oneof(fc.constant(bodyOf(Buffer.from(text, 'utf8'))), fc.constant(bodyOf(Buffer.from(text, 'latin1')))));

const target = fc.oneof(
  fc.constantFrom('/voice-profile-domains', '/voice-profiles?voice-profile-domain-id=abc&max-results=3', '*'),
  fc.string().map((s) => `/${s}`),
  fc.tuple(fc.webPath(), fc.webQueryParameters()).map(([p, q]) => `${p.startsWith('/') ? p : `/${p}`}?${q}`),
);

export const exchanges: fc.Arbitrary<Exchange> = fc.record({
  startedAt: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  durationMs: fc.integer({ min: 0, max: 1e9 }).map((n) => n / 8),
  request: fc.record({ method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'), target, headers, body }),
  response: fc.record({ status: fc.integer({ min: 100, max: 599 }), headers, body }),
});
