import type { Difference } from './difference.js';
import { deepest } from './normaliser.js';

const escape = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');
const container = (v: unknown): v is object => v !== null && typeof v === 'object';

/**
 * Where two normalised JSON values differ, by JSON pointer: a member only the recorded side has is missing, one
 * only the replayed side has is added, anything else unequal is a value (a whole subtree once its types differ).
 * List items are compared by position: listOrder has sorted them.
 */
export function diffJson(recorded: unknown, replayed: unknown, path = '', depth = 0): Difference[] {
  const bothLists = Array.isArray(recorded) && Array.isArray(replayed);
  const bothObjects = container(recorded) && container(replayed) && !Array.isArray(recorded) && !Array.isArray(replayed);
  if (depth > deepest || (!bothLists && !bothObjects)) {
    return JSON.stringify(recorded) === JSON.stringify(replayed) ? [] : [{ kind: 'value', path, recorded, replayed }];
  }
  const a = recorded as Record<string, unknown>;
  const b = replayed as Record<string, unknown>;
  const out: Difference[] = [];
  for (const key of Object.keys(a)) {
    const at = `${path}/${escape(key)}`;
    if (!Object.hasOwn(b, key)) out.push({ kind: 'missing', path: at, recorded: a[key] });
    else out.push(...diffJson(a[key], b[key], at, depth + 1));
  }
  for (const key of Object.keys(b)) if (!Object.hasOwn(a, key)) out.push({ kind: 'added', path: `${path}/${escape(key)}`, replayed: b[key] });
  return out;
}
