/** Definitions move to components/schemas; one name with two meanings in a service stops the export. */
import { describe, expect, it } from 'vitest';
import type { SchemaDocument } from '../../src/contract/operation.js';
import { DefinitionConflict, mergeDefs } from '../../src/openapi/mergeDefs.js';

const doc = (id: string, defs: SchemaDocument['$defs']): SchemaDocument => ({ $id: `urn:${id}`, $defs: defs, 'x-operation': { id } }) as unknown as SchemaDocument;

describe('mergeDefs', () => {
  it('keeps a shape shared alike once, its references rewritten to components/schemas', () => {
    const arn = { type: 'string', pattern: '^arn' };
    const merged = mergeDefs([doc('voice.A', { Arn: arn, A: { properties: { x: { $ref: '#/$defs/Arn' } } } }), doc('voice.B', { Arn: { ...arn } })]);
    expect(merged).toEqual({ Arn: arn, A: { properties: { x: { $ref: '#/components/schemas/Arn' } } } });
  });

  it('fails naming the definition and both operations when they differ', () => {
    const run = () => mergeDefs([doc('voice.A', { Arn: { type: 'string', maxLength: 1024 } }), doc('voice.B', { Arn: { type: 'string', maxLength: 2048 } })]);
    expect(run).toThrow(DefinitionConflict);
    expect(run).toThrow(/voice\.A and voice\.B define Arn differently/);
  });
});
