/** Where the export keeps the contract's definitions: OpenAPI has one place for shared schemas, not `$defs`. */
export const componentsPrefix = '#/components/schemas/';

/**
 * A deep copy of `value` with every `#/$defs/Name` reference pointing at `#/components/schemas/Name`. Copying
 * keeps the catalog's documents untouched: they are the contract, and other parts of the toolkit read them.
 */
export function rewriteRefs<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => rewriteRefs(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([k, v]) => {
    if (k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/')) return [k, componentsPrefix + v.slice('#/$defs/'.length)];
    return [k, rewriteRefs(v)];
  });
  return Object.fromEntries(entries) as T;
}
