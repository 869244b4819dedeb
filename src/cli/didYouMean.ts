/** Edit distance (insertions, deletions, substitutions), case-insensitive: `StartSpeakerSerchTask` is 1 from the real one. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length] ?? 0;
}

/** How far a name typed is from a known one; a bare `StartSpeakerSearchTask` is measured against the part after the service. */
const away = (given: string, known: string): number => (given.includes('.') ? distance(given, known) : Math.min(distance(given, known), distance(given, known.slice(known.indexOf('.') + 1))));

/**
 * `did you mean A or B?` for a name no one knows, or '' when none is near: the known names nearest to it,
 * all of them when several are as near (a bare operation name is in both services), the closest whole
 * spelling first. Near is within a third of the name's length, so a name of another kind suggests nothing.
 */
export function didYouMean(given: string, known: readonly string[]): string {
  const scored = known.map((k) => ({ k, d: away(given, k), whole: distance(given, k) }));
  const best = Math.min(...scored.map((s) => s.d));
  if (!(best <= Math.max(1, Math.floor(given.length / 3)))) return '';
  const nearest = scored
    .filter((s) => s.d === best)
    .sort((a, b) => a.whole - b.whole)
    .slice(0, 4)
    .map((s) => s.k);
  return `did you mean ${nearest.length > 1 ? `${nearest.slice(0, -1).join(', ')} or ${nearest.at(-1) ?? ''}` : nearest[0]}?`;
}
