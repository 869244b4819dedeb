/** What a normaliser may look at besides the value: which side it is, the answer's status, the IDs mapped so far. */
export interface NormaliseContext {
  readonly side: 'recorded' | 'replayed';
  readonly status: number;
  /** Recorded IDs, ARNs and tokens → the target's, as the replay learned them. */
  readonly identities: ReadonlyMap<string, string>;
}

/**
 * One thing that is volatile in an answer, taken out of both sides before they are compared (as an ajv keyword
 * is one rule): each must leave a real difference standing, which its test shows.
 */
export interface Normaliser {
  readonly name: string;
  normalise(value: unknown, ctx: NormaliseContext): unknown;
}

/** No contract answer nests this deep; below it a value is left as it is rather than risk the stack. */
export const deepest = 64;

/**
 * A copy of a JSON value with each leaf (string, number, boolean, null) replaced by what `leaf` answers; it is
 * told the member name the leaf sits under (undefined in a list or at the top). Objects are rebuilt with
 * Object.fromEntries, which defines `__proto__` as a member instead of setting the prototype.
 */
export function mapLeaves(value: unknown, leaf: (v: unknown, key: string | undefined) => unknown, key?: string, depth = 0): unknown {
  if (depth > deepest) return value;
  if (Array.isArray(value)) return value.map((v) => mapLeaves(v, leaf, undefined, depth + 1));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapLeaves(v, leaf, k, depth + 1)]));
  return leaf(value, key);
}
