/** JSON pointers (RFC 6901): the paths of validation issues and of sensitive members. */
export const escapeSegment = (s: string): string => s.replaceAll('~', '~0').replaceAll('/', '~1');
const unescapeSegment = (s: string): string => s.replaceAll('~1', '/').replaceAll('~0', '~');

export const segments = (pointer: string): string[] => (pointer === '' ? [] : pointer.slice(1).split('/').map(unescapeSegment));

export const join = (pointer: string, segment: string): string => `${pointer}/${escapeSegment(segment)}`;

/** The value at `pointer`, or undefined when the path does not exist. */
export function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const s of segments(pointer)) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, s)) return undefined;
    value = (value as Record<string, unknown>)[s];
  }
  return value;
}

const segmentMatches = (want: string, got: string | undefined): boolean => want === got || (want === '*' && /^\d+$/.test(got ?? ''));

/** Whether one of `patterns` is `pointer` itself or lies inside the value at `pointer`. */
export function holdsAny(pointer: string, patterns: readonly string[]): boolean {
  const parts = segments(pointer);
  return patterns.some((p) => {
    const want = segments(p);
    return want.length >= parts.length && parts.every((got, i) => segmentMatches(want[i] ?? '', got));
  });
}

/** `KinesisVideoStreamSourceTaskConfiguration.ChannelId`, `Tags[0].Key`: how a service message names a member. */
export function memberName(pointer: string, root = 'the request'): string {
  const parts = segments(pointer);
  if (parts.length === 0) return root;
  return parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
