import { echoPlace } from './echoPlace.js';
import type { Place } from './needles.js';
import type { SecretKind } from './placeholder.js';
import type { SecretBook } from './secretBook.js';
import type { SensitiveAt } from './sensitiveAt.js';

/** Deeper than any contract shape by far; a body nested past it is masked as text instead (redactBody). */
const maxDepth = 256;

/** Sensitive pointers have three segments at most: past this depth a path keeps its head and its last name only. */
const pathKept = 8;

/**
 * Masked prose cut to its member's maxLength in code points, as the contract counts them: placeholders are
 * longer than short secrets. Text that was longer already keeps its length: what was invalid stays so.
 */
function fitted(masked: string, original: string, maxLength: number): string {
  if (masked.length <= maxLength) return masked;
  return [...masked].slice(0, Math.max(maxLength, [...original].length)).join('');
}

/**
 * A parsed JSON body with its secrets masked: each sensitive member's value (a container's, whole) by its
 * placeholder, and known secrets inside other strings where they are looked for there (echoPlace.ts: free text
 * only in prose, nothing in an enum member). Member names keep word-only secrets (a tag key 'Name' must not
 * rename the Name member). `touched` says whether a secret's place was met or text changed; undefined when the
 * body is nested too deep to walk.
 */
export function rewriteJson(root: unknown, at: SensitiveAt, book: SecretBook): { value: unknown; touched: boolean } | undefined {
  let touched = false;
  const text = (s: string, place: Place, maxLength = Infinity): string => {
    const out = fitted(book.replace(s, place), s, maxLength);
    touched ||= out !== s;
    return out;
  };
  const walk = (value: unknown, parts: readonly string[], secret: SecretKind | undefined, depth: number): unknown => {
    if (depth > maxDepth) throw new RangeError('nested too deep');
    if (secret && (typeof value === 'string' || typeof value === 'number')) {
      touched = true;
      return book.mask(String(value), secret, typeof value === 'string');
    }
    if (typeof value === 'string') {
      const at = echoPlace(parts, value);
      return at ? text(value, at.place, at.maxLength) : value;
    }
    if (typeof value !== 'object' || value === null) return value;
    const inner = (key: string, v: unknown): unknown => {
      const path = [...(parts.length < pathKept ? parts : parts.slice(0, pathKept)), key];
      return walk(v, path, secret ?? at(path), depth + 1);
    };
    if (Array.isArray(value)) return value.map((v: unknown, i) => inner(String(i), v));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [text(k, 'name'), inner(k, v)]));
  };
  try {
    return { value: walk(root, [], undefined, 0), touched };
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}
