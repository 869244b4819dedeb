import { isDeepStrictEqual } from 'node:util';

type Json = Record<string, unknown>;

/**
 * The first member whose value in `actual` is not the one expected, said in words, or undefined. Values of
 * sensitive members (ARNs of KMS keys, domains and profiles) are never quoted: only that they differ.
 */
export function firstDifference(actual: Json, expected: Json, where: string, sensitive: readonly string[] = []): string | undefined {
  for (const [member, want] of Object.entries(expected)) {
    if (want === undefined) continue;
    const got = actual[member];
    if (isDeepStrictEqual(got, want)) continue;
    if (sensitive.includes(member)) return `${where}.${member} is not the value written`;
    return `${where}.${member} is ${got === undefined ? 'missing' : JSON.stringify(got)}, expected ${JSON.stringify(want)}`;
  }
  return undefined;
}
