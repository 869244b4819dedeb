/**
 * Facts read straight from the schema files (schemas/<service>/<Op>.json), not from the runtime catalog:
 * which members are required, which carry an enum, which are sensitive. The corpus test derives its
 * coverage duties from these, so a member added to a schema without a corpus case fails the test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const schemasDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

type Schema = { readonly [keyword: string]: unknown };

interface SchemaFile {
  readonly $defs: Readonly<Record<string, Schema>>;
  readonly 'x-operation': { readonly id: string; readonly input: string; readonly output: string | null };
}

export interface ShapeFacts {
  /** Pointers of required members (`*` for any list index), e.g. `/Tags/*\/Key`. */
  readonly required: readonly string[];
  readonly enums: readonly string[];
  readonly sensitive: readonly string[];
}

export interface OperationFacts {
  readonly id: string;
  readonly request: ShapeFacts;
  /** Undefined when the operation answers 204 without a body. */
  readonly response: ShapeFacts | undefined;
}

function resolve(file: SchemaFile, schema: Schema): Schema {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return schema;
  const name = ref.replace(/^#\/\$defs\//, '');
  const target = file.$defs[name];
  if (!target) throw new Error(`schema facts: ${file['x-operation'].id}: unresolved ${ref}`);
  const { $ref: _, ...siblings } = schema;
  return resolve(file, { ...target, ...siblings });
}

function walk(file: SchemaFile, schema: Schema, at: string, facts: { required: string[]; enums: string[]; sensitive: string[] }, depth = 0): void {
  if (depth > 20) throw new Error(`schema facts: ${file['x-operation'].id}: schema too deep at ${at} (a cycle?)`);
  const s = resolve(file, schema);
  if (s['x-sensitive'] === true) facts.sensitive.push(at);
  if (Array.isArray(s['enum'])) facts.enums.push(at);
  const properties = (s['properties'] ?? {}) as Record<string, Schema>;
  for (const name of (s['required'] ?? []) as string[]) facts.required.push(`${at}/${name}`);
  for (const [name, p] of Object.entries(properties)) walk(file, p, `${at}/${name}`, facts, depth + 1);
  if (s['items'] !== undefined) walk(file, s['items'] as Schema, `${at}/*`, facts, depth + 1);
}

function shapeFacts(file: SchemaFile, def: string): ShapeFacts {
  const schema = file.$defs[def];
  if (!schema) throw new Error(`schema facts: ${file['x-operation'].id}: no definition ${def}`);
  const facts = { required: [] as string[], enums: [] as string[], sensitive: [] as string[] };
  walk(file, schema, '', facts);
  return facts;
}

/** One entry per schema file, in file order. */
export function readSchemaFacts(): OperationFacts[] {
  return readdirSync(schemasDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'events' && e.name !== 'setup') // event schemas and verify's setup protocol describe no operation
    .flatMap((d) =>
      readdirSync(join(schemasDir, d.name))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => {
          const file = JSON.parse(readFileSync(join(schemasDir, d.name, f), 'utf8')) as SchemaFile;
          const op = file['x-operation'];
          return { id: op.id, request: shapeFacts(file, op.input), response: op.output ? shapeFacts(file, op.output) : undefined };
        }),
    );
}
