/** How a member of a report line must look: enough to merge it safely, not the whole of what verify writes. */
export type Shape =
  | 'string'
  | 'integer'
  | 'count'
  | 'number'
  | 'boolean'
  | 'true'
  | { readonly oneOf: readonly string[] }
  | { readonly listOf: Shape }
  | { readonly members: Readonly<Record<string, Shape>>; readonly optional?: readonly string[] }
  /** One shape of several, chosen by the value of the member `by` (an outcome by its status). */
  | { readonly by: string; readonly cases: Readonly<Record<string, Shape>> };

const scalars: Record<string, [(v: unknown) => boolean, string]> = {
  string: [(v) => typeof v === 'string', 'that is no string'],
  integer: [Number.isSafeInteger, 'that is no whole number'],
  count: [(v) => Number.isSafeInteger(v) && (v as number) >= 0, 'that is no whole number ≥ 0'],
  number: [(v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, 'that is no number ≥ 0'],
  boolean: [(v) => typeof v === 'boolean', 'that is neither true nor false'],
  true: [(v) => v === true, 'that is not true'],
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What is wrong with a parsed line, as `<member path> <what>` (`shard.count missing`), or undefined. A few lines
 * of our own rather than a schema library: verify's dependencies stay the SDK's and fast-check, and the report's
 * shape is ours.
 */
export function shapeProblem(value: unknown, shape: Shape, at: string): string | undefined {
  if (typeof shape === 'string') {
    const [ok, what] = scalars[shape] ?? [() => false, 'of no known shape'];
    return ok(value) ? undefined : `${at} ${what}`;
  }
  if ('oneOf' in shape) return shape.oneOf.includes(value as string) ? undefined : `${at} that is not one of ${shape.oneOf.join(', ')}`;
  if ('listOf' in shape) {
    if (!Array.isArray(value)) return `${at} that is no list`;
    for (const [i, item] of value.entries()) {
      const problem = shapeProblem(item, shape.listOf, `${at}[${i}]`);
      if (problem !== undefined) return problem;
    }
    return undefined;
  }
  if (!isRecord(value)) return `${at} that is no object`;
  const path = (key: string) => (at === '' ? key : `${at}.${key}`);
  if ('by' in shape) {
    const chosen = shape.cases[String(value[shape.by])];
    return chosen === undefined ? `${path(shape.by)} that is not one of ${Object.keys(shape.cases).join(', ')}` : shapeProblem(value, chosen, at);
  }
  for (const [key, member] of Object.entries(shape.members)) {
    if (value[key] === undefined && shape.optional?.includes(key) === true) continue;
    if (!Object.hasOwn(value, key)) return `${path(key)} missing`;
    const problem = shapeProblem(value[key], member, path(key));
    if (problem !== undefined) return problem;
  }
  return undefined;
}
