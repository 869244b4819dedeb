import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateEvents } from '../../generators/events/generateEvents.js';
import { eventAjv } from '../../generators/events/generateEventValidators.js';
import { eventSchemaFiles } from '../../generators/events/generateEventSchemas.js';
import { repoRoot } from '../support/paths.js';

describe('the event contract is generated and committed', () => {
  // Needs no AWS model, so it runs everywhere: a hand edit of a schema, or a changed generator not rerun, fails here.
  it('regenerating reproduces schemas/events/, src/generated/eventTypes.ts and eventValidators.ts', async () => {
    for (const [path, text] of await generateEvents()) {
      expect(readFileSync(resolve(repoRoot, path), 'utf8'), `${path} drifted: run npm run generate`).toBe(text);
    }
  });

  // Conditions (if) name members only to test them; the members themselves are sourced where defined.
  it('every member carries its source page, and every decision says what, the choice, why and where', () => {
    const walk = (schema: unknown, at: string, out: string[]): string[] => {
      if (typeof schema !== 'object' || schema === null) return out;
      const s = schema as Record<string, unknown>;
      for (const [name, member] of Object.entries((s['properties'] as Record<string, Record<string, unknown>> | undefined) ?? {})) {
        const sourced = Array.isArray(member['x-source']) && (member['x-source'] as unknown[]).length > 0;
        if (!sourced && name !== 'detail') out.push(`${at}/${name}`);
      }
      const decision = s['x-decision'] as Record<string, unknown> | undefined;
      if (decision && !['id', 'what', 'choice', 'why', 'sources'].every((k) => decision[k])) out.push(`${at}: incomplete x-decision`);
      for (const [k, v] of Object.entries(s)) if (typeof v === 'object' && !['x-decision', 'x-source', 'if'].includes(k)) walk(v, `${at}/${k}`, out);
      return out;
    };
    for (const { path, schema } of eventSchemaFiles()) expect(walk(schema, path, []), path).toEqual([]);
  });

  it('docs/events.md lists every decision by its id', () => {
    const doc = readFileSync(resolve(repoRoot, 'docs/events.md'), 'utf8');
    const ids = new Set(eventSchemaFiles().flatMap(({ schema }) => [...JSON.stringify(schema).matchAll(/"id":"(event-[a-z-]+)"/g)].map((m) => m[1])));
    expect(ids.size).toBeGreaterThan(0);
    for (const id of ids) expect(doc, `docs/events.md has no row for ${String(id)}`).toContain(`| ${String(id)} |`);
  });

  it('the schemas compile under strict ajv', () => {
    const ajv = eventAjv();
    for (const { schema } of eventSchemaFiles()) expect(() => ajv.compile(schema)).not.toThrow();
  });
});
