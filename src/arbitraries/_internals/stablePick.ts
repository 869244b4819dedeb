/** FNV-1a of a text, 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * The item whose key scores lowest for `draw` (rendezvous hashing). Removing other items never changes the
 * pick, so when shrinking drops members of a request, the mutation and site a failure needed stay chosen
 * (a site inside a list is keyed by its index, so dropping an earlier item of that list may still move it).
 */
export function stablePick<T>(items: readonly T[], key: (item: T) => string, draw: number): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  for (const item of items) {
    const score = hash(`${draw}:${key(item)}`);
    if (score < bestScore) [best, bestScore] = [item, score];
  }
  return best;
}
