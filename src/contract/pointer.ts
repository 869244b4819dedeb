/** JSON pointers (RFC 6901): the paths of validation issues and of sensitive members. */
export const escapeSegment = (s: string): string => s.replaceAll('~', '~0').replaceAll('/', '~1');
const unescapeSegment = (s: string): string => (s.includes('~') ? s.replaceAll('~1', '/').replaceAll('~0', '~') : s);

export const segments = (pointer: string): string[] => (pointer === '' ? [] : pointer.slice(1).split('/').map(unescapeSegment));

export const join = (pointer: string, segment: string): string => `${pointer}/${escapeSegment(segment)}`;

const listIndex = /^\d+$/;

/** The value at the pointer split in `parts`, or undefined when the path does not exist. */
export function valueAt(root: unknown, parts: readonly string[]): unknown {
  let value = root;
  for (const s of parts) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, s)) return undefined;
    value = (value as Record<string, unknown>)[s];
  }
  return value;
}

const segmentMatches = (want: string, got: string): boolean => want === got || (want === '*' && listIndex.test(got));

// Sensitive pointers are fixed per operation: split each list once, not on every issue.
const splitPatterns = new WeakMap<readonly string[], readonly string[][]>();

function split(patterns: readonly string[]): readonly string[][] {
  let wanted = splitPatterns.get(patterns);
  if (!wanted) splitPatterns.set(patterns, (wanted = patterns.map(segments)));
  return wanted;
}

/** Whether one of `patterns` is the pointer split in `parts` itself or lies inside the value there. */
export function holdsAny(parts: readonly string[], patterns: readonly string[]): boolean {
  return split(patterns).some((want) => want.length >= parts.length && parts.every((got, i) => segmentMatches(want[i] ?? '', got)));
}

/** Whether one of `patterns` is exactly the pointer split in `parts`. */
export function isAny(parts: readonly string[], patterns: readonly string[]): boolean {
  return split(patterns).some((want) => want.length === parts.length && parts.every((got, i) => segmentMatches(want[i] ?? '', got)));
}

/** `KinesisVideoStreamSourceTaskConfiguration.ChannelId`, `Tags[0].Key`: how a service message names a member. */
export function memberName(parts: readonly string[], root = 'the request'): string {
  if (parts.length === 0) return root;
  return parts.map((p, i) => (listIndex.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
