/**
 * Nothing of the contract is lost on the way to OpenAPI: every constraint of every definition of every operation
 * is found in the document, where the export put it (components/schemas, or a parameter's schema for labels and
 * query members), and every label and query binding is a parameter.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/contract/catalog.js';
import type { JsonSchema } from '../../src/contract/operation.js';
import { openApiDocument } from '../../src/openapi/openApiDocument.js';
import { services } from './exportDocuments.js';

const keywords = ['pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'enum', 'required', 'minItems', 'maxItems', 'type'];
type Param = { name: string; in: string; required: boolean; schema: JsonSchema };
type Found = { pointer: string[]; keyword: string; value: unknown };

/** Every constraint keyword under `schema`, with the path of property names and keywords that leads to it. */
function constraints(schema: unknown, at: string[] = []): Found[] {
  if (schema === null || typeof schema !== 'object') return [];
  return Object.entries(schema).flatMap(([k, v]) => [
    ...(keywords.includes(k) && !at.includes('x-http') ? [{ pointer: at, keyword: k, value: v }] : []),
    ...(k === 'enum' || k === 'required' ? [] : constraints(v, [...at, k])),
  ]);
}

const at = (schema: unknown, pointer: readonly string[]): JsonSchema | undefined =>
  pointer.reduce<unknown>((s, k) => (s && typeof s === 'object' ? (s as Record<string, unknown>)[k] : undefined), schema) as JsonSchema | undefined;

const docs = Object.fromEntries(services.map((s) => [s, openApiDocument(s)]));

describe.each(catalog.map((op) => [op.id, op] as const))('%s', (_, op) => {
  const doc = docs[op.service] as { paths: Record<string, Record<string, { parameters?: Param[] }>>; components: { schemas: Record<string, JsonSchema> } };
  const parameters = doc.paths[op.http.path]?.[op.http.method.toLowerCase()]?.parameters ?? [];
  const input = op.document['x-operation'].input;
  const schemas = doc.components.schemas;

  it('every constraint of every definition is in the document', () => {
    let checked = 0;
    for (const [name, def] of Object.entries(op.document.$defs)) {
      for (const c of constraints(def)) {
        checked++;
        const where = `${name}/${c.pointer.join('/')} ${c.keyword}`;
        if (name !== input) expect(at(schemas[name], c.pointer)?.[c.keyword], where).toEqual(c.value);
        else if (c.pointer.length === 0 && c.keyword === 'required') {
          for (const member of c.value as string[]) {
            const b = op.bindings.find((x) => x.member === member);
            if (b?.in === 'body') expect(schemas[input]?.['required'], where).toContain(member);
            else expect(parameters.find((p) => p.name === b?.name)?.required, `${where} ${member}`).toBe(true);
          }
        } else if (c.pointer.length > 0) {
          const [, member = '', ...rest] = c.pointer;
          const b = op.bindings.find((x) => x.member === member);
          const home = b?.in === 'body' ? at(schemas[input], c.pointer) : at(parameters.find((p) => p.name === b?.name)?.schema, rest);
          expect(home?.[c.keyword], where).toEqual(c.value);
        } else if (schemas[input] || c.keyword !== 'type') expect(schemas[input]?.[c.keyword], where).toEqual(c.value);
        // An input with no body members has no body schema: its `type: object` has nothing left to describe.
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('every label, query member and literal query is a parameter, and nothing else is', () => {
    const expected = [
      ...op.bindings.filter((b) => b.in === 'label' || b.in === 'query').map((b) => `${b.in === 'label' ? 'path' : 'query'} ${b.name}`),
      ...Object.keys(op.http.query).map((name) => `query ${name}`),
    ];
    expect(parameters.map((p) => `${p.in} ${p.name}`).sort()).toEqual(expected.sort());
    for (const label of op.http.path.matchAll(/\{(\w+)\}/g)) expect(parameters.find((p) => p.in === 'path' && p.name === label[1])?.required).toBe(true);
    for (const [name, value] of Object.entries(op.http.query)) expect(parameters.find((p) => p.name === name)).toMatchObject({ required: true, schema: { enum: [value] } });
    for (const b of op.bindings.filter((x) => x.in === 'body')) expect(at(schemas[input], ['properties', b.member]), b.member).toBeDefined();
  });
});
