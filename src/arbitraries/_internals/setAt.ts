import { escapeSegment, segments } from '../../contract/pointer.js';

/** Marks a member for removal in `setAt`. */
export const absent: unique symbol = Symbol('absent');

/** A copy of `root` with the member at `pointer` replaced (or removed with `absent`); `root` is untouched. */
export function setAt(root: unknown, pointer: string, value: unknown): unknown {
  const [head, ...rest] = segments(pointer);
  if (head === undefined) return value;
  const tail = rest.length === 0 ? '' : `/${rest.map(escapeSegment).join('/')}`;
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[Number(head)] = setAt(root[Number(head)], tail, value);
    return copy;
  }
  const copy = { ...(root as Record<string, unknown>) };
  const next = tail === '' ? value : setAt(copy[head], tail, value);
  if (next === absent) delete copy[head];
  else copy[head] = next;
  return copy;
}
