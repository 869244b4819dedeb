/**
 * JSON pointers (RFC 6901) for the corpus, written independently of src/contract/pointer.ts so the corpus
 * test does not check the contract with the contract's own helpers.
 */
export const segmentsOf = (pointer: string): string[] => {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`corpus: "${pointer}" is not a JSON pointer (it must start with "/")`);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
};

const isIndex = (segment: string): boolean => /^(0|[1-9]\d*)$/.test(segment);

/** `/Tags/0/Key` → `Tags[0].Key`: how a message must name the member at a pointer. */
export function dottedName(pointer: string): string {
  let name = '';
  for (const s of segmentsOf(pointer)) name += isIndex(s) ? `[${s}]` : name === '' ? s : `.${s}`;
  return name;
}

/** Whether `pointer` is `pattern`, where a `*` segment of the pattern stands for any list index. */
export function pointerMatches(pointer: string, pattern: string): boolean {
  const got = segmentsOf(pointer);
  const want = segmentsOf(pattern);
  return got.length === want.length && want.every((w, i) => w === got[i] || (w === '*' && isIndex(got[i] ?? '')));
}

/** Every value in `root` at `pattern` (`*`: each list index), with its concrete pointer. */
export function valuesAt(root: unknown, pattern: string): { pointer: string; value: unknown }[] {
  let found: { pointer: string; value: unknown }[] = [{ pointer: '', value: root }];
  for (const s of segmentsOf(pattern)) {
    found = found.flatMap(({ pointer, value }) => {
      if (s === '*') {
        return Array.isArray(value) ? value.map((v, i) => ({ pointer: `${pointer}/${i}`, value: v as unknown })) : [];
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, s)) return [];
      return [{ pointer: `${pointer}/${s.replaceAll('~', '~0').replaceAll('/', '~1')}`, value: (value as Record<string, unknown>)[s] }];
    });
  }
  return found;
}

type Container = Record<string, unknown> | unknown[];

/** The container holding the member at `pointer` and the member's key; throws when the parent is missing. */
function parentOf(root: unknown, pointer: string): { parent: Container; key: string } {
  const parts = segmentsOf(pointer);
  const key = parts.pop();
  if (key === undefined) throw new Error('corpus: a mutation cannot target the whole document; spell the input out instead');
  let value = root;
  for (const s of parts) {
    const next = typeof value === 'object' && value !== null && Object.hasOwn(value, s) ? (value as Record<string, unknown>)[s] : undefined;
    if (next === undefined) throw new Error(`corpus: mutation at ${pointer}: nothing at "${s}" in the base example`);
    value = next;
  }
  if (typeof value !== 'object' || value === null) throw new Error(`corpus: mutation at ${pointer}: the parent is not an object or list`);
  return { parent: value as Container, key };
}

/** Sets the member at `pointer`; its parent must exist (a typo must not silently build a new branch). */
export function setAt(root: unknown, pointer: string, value: unknown): void {
  const { parent, key } = parentOf(root, pointer);
  if (Array.isArray(parent)) {
    if (!isIndex(key) || Number(key) > parent.length) throw new Error(`corpus: set ${pointer}: "${key}" is not an index of a list of ${parent.length}`);
    parent[Number(key)] = value;
  } else {
    parent[key] = value;
  }
}

/** Removes the member at `pointer`; it must exist, or the "missing" case would test nothing. */
export function deleteAt(root: unknown, pointer: string): void {
  const { parent, key } = parentOf(root, pointer);
  if (!Object.hasOwn(parent, key)) throw new Error(`corpus: delete ${pointer}: the base example has no such member`);
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
}
