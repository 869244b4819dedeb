import { fnv1a } from '../../shared/fnv1a.js';

/**
 * The item whose key scores lowest for `draw` (rendezvous hashing). Removing other items never changes the
 * pick, so when shrinking drops members of a request, the mutation and site a failure needed stay chosen
 * (a site inside a list is keyed by its index, so dropping an earlier item of that list may still move it).
 */
export function stablePick<T>(items: readonly T[], key: (item: T) => string, draw: number): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  for (const item of items) {
    const score = fnv1a(`${draw}:${key(item)}`);
    if (score < bestScore) [best, bestScore] = [item, score];
  }
  return best;
}
