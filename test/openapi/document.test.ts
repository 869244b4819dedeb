/** The export's shape: servers, SigV4, one operation per contract operation, answers, markers, examples that validate. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/contract/catalog.js';
import type { JsonSchema } from '../../src/contract/operation.js';
import { validateRequest, validateResponse } from '../../src/contract/validate.js';
import { openApiDocument } from '../../src/openapi/openApiDocument.js';
import { services } from './exportDocuments.js';

type Doc = { servers: JsonSchema[]; components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, JsonSchema> }; paths: Record<string, Record<string, Op>>; security: unknown };
type Op = {
  operationId: string;
  parameters?: { name: string; in: string; example?: unknown }[];
  requestBody?: { content: Record<string, { examples: Record<string, { value: Record<string, unknown> }> }> };
  responses: Record<string, Answer>;
};
type Answer = { headers?: Record<string, { schema: { pattern?: string } }>; content?: Record<string, { examples: Record<string, { value: unknown }> }> };

const docs = Object.fromEntries(services.map((s) => [s, openApiDocument(s) as unknown as Doc]));
const opOf = (op: (typeof catalog)[number]) => docs[op.service]?.paths[op.http.path]?.[op.http.method.toLowerCase()] as Op;
const ajv = new Ajv2020({ strict: false, allErrors: true });

describe('openApiDocument', () => {
  it.each(services)('%s: the regional endpoint with a region variable, the local emulator, and SigV4 on every operation', (service) => {
    const doc = docs[service] as Doc;
    const prefix = catalog.find((op) => op.service === service)?.endpointPrefix;
    expect(doc.servers.map((s) => s['url'])).toEqual([`https://${prefix}.{region}.amazonaws.com`, 'http://127.0.0.1:4566']);
    expect(doc.servers[0]?.['variables']).toMatchObject({ region: { default: 'us-east-1' } });
    expect(doc.components.securitySchemes['sigv4']).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization', 'x-amazon-apigateway-authtype': 'awsSigv4' });
    expect(doc.security).toEqual([{ sigv4: [] }]);
  });

  it('is the same document every time: examples come from a fixed seed', () => {
    expect(JSON.stringify(openApiDocument('voice'))).toBe(JSON.stringify(docs['voice']));
  });

  it.each(catalog.map((op) => [op.id, op] as const))('%s: operationId, success answer, every error with x-amzn-errortype', (_, op) => {
    const o = opOf(op);
    expect(o.operationId).toBe(op.name);
    const success = o.responses[String(op.http.status)];
    expect(success?.content === undefined).toBe(op.http.status === 204);
    for (const e of op.errors) {
      const answer = o.responses[String(e.status)];
      expect(new RegExp(answer?.headers?.['x-amzn-errortype']?.schema.pattern ?? '$^').test(e.type), e.type).toBe(true);
      expect(answer?.content?.['application/json']?.examples[e.type], e.type).toBeDefined();
    }
  });

  it.each(catalog.map((op) => [op.id, op] as const))('%s: its examples pass the contract validators', (_, op) => {
    const o = opOf(op);
    // The SDK input again: the body example with the parameters' examples under their member names.
    const params = Object.fromEntries((o.parameters ?? []).map((p) => [op.bindings.find((b) => b.name === p.name && b.in !== 'body')?.member ?? '', p.example]));
    delete params[''];
    const body = Object.values(o.requestBody?.content['application/json']?.examples ?? {})[0]?.value ?? {};
    expect(validateRequest(op.id, { ...body, ...params }).issues).toEqual([]);
    const success = Object.values(o.responses[String(op.http.status)]?.content?.['application/json']?.examples ?? {})[0]?.value;
    if (op.responseRef) expect(validateResponse(op.id, success).issues).toEqual([]);
    for (const e of op.errors) {
      const example = o.responses[String(e.status)]?.content?.['application/json']?.examples[e.type]?.value;
      const valid = ajv.validate({ ...op.document, $id: `${op.document.$id}:${e.type}`, $ref: `#/$defs/${e.type}` }, example);
      expect(valid, `${e.type}: ${ajv.errorsText()}`).toBe(true);
    }
  });

  it.each(services)('%s: x-sensitive and x-override stay on the schemas', (service) => {
    const text = JSON.stringify((docs[service] as Doc).components);
    const contract = JSON.stringify(catalog.filter((op) => op.service === service).map((op) => op.document.$defs));
    expect(text).toContain('"x-sensitive":true');
    const overrides = (t: string) => new Set([...t.matchAll(/"x-override":"([^"]+)"/g)].map((m) => m[1]));
    expect(overrides(text)).toEqual(overrides(contract));
  });
});
