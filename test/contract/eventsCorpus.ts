/** Reads test/corpus/events/*.json: valid events, variants and invalid cases built from a base by pointer edits. */
export interface EventCorpus {
  readonly detailType: string;
  readonly sources: readonly string[];
  readonly valid: readonly { name: string; path: 'pipeline' | 'voice-connector'; event: unknown }[];
  readonly variants: readonly Edit[];
  readonly invalid: readonly (Edit & { expect: readonly { rule: string; path: string }[] })[];
}

interface Edit {
  readonly name: string;
  readonly base: string;
  readonly delete?: readonly string[];
  readonly set?: Readonly<Record<string, unknown>>;
}

export interface EventCase {
  readonly detailType: string;
  readonly name: string;
  readonly path?: string;
  readonly event: unknown;
  readonly expect?: readonly { rule: string; path: string }[];
}

const parts = (pointer: string): string[] =>
  pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));

/** `{ "$list": item, "times": n }`: n copies of item with `{i}` in its strings replaced by the index. */
function expand(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('$list' in value)) return value;
  const { $list, times } = value as { $list: unknown; times: number };
  return Array.from({ length: times }, (_, i) => JSON.parse(JSON.stringify($list).replaceAll('{i}', String(i))) as unknown);
}

function parentOf(root: unknown, pointer: string): [Record<string, unknown>, string] {
  const path = parts(pointer);
  const last = path.pop() ?? '';
  const parent = path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], root);
  if (typeof parent !== 'object' || parent === null) throw new Error(`event corpus: no parent for ${pointer}`);
  return [parent as Record<string, unknown>, last];
}

function edited(corpus: EventCorpus, edit: Edit): unknown {
  const base = corpus.valid.find((v) => v.name === edit.base);
  if (!base) throw new Error(`event corpus: ${corpus.detailType}: no valid event named "${edit.base}"`);
  const event = structuredClone(base.event);
  for (const pointer of edit.delete ?? []) {
    const [parent, key] = parentOf(event, pointer);
    if (!Object.hasOwn(parent, key)) throw new Error(`event corpus: ${edit.name}: nothing to delete at ${pointer}`);
    delete parent[key];
  }
  for (const [pointer, value] of Object.entries(edit.set ?? {})) {
    const [parent, key] = parentOf(event, pointer);
    parent[key] = expand(value);
  }
  return event;
}

export function materialize(corpus: EventCorpus): EventCase[] {
  const { detailType } = corpus;
  return [
    ...corpus.valid.map((v) => ({ detailType, name: v.name, path: v.path, event: v.event })),
    ...corpus.variants.map((v) => ({ detailType, name: v.name, event: edited(corpus, v) })),
    ...corpus.invalid.map((v) => ({ detailType, name: v.name, event: edited(corpus, v), expect: v.expect })),
  ];
}
