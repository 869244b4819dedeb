import fc from 'fast-check';

/** Units of text (characters, or short strings such as '日本') to draw from, groups weighted against each other. */
export interface UnitTable {
  readonly groups: readonly { readonly weight: number; readonly units: readonly string[] }[];
  readonly total: number;
}

export function unitTable(...groups: { readonly weight: number; readonly units: readonly string[] }[]): UnitTable {
  return { groups, total: groups.reduce((n, g) => n + g.weight, 0) };
}

/** One draw per unit: its low part picks the group, the rest the unit in it (a bias below one in 10^6). */
function drawUnit(table: UnitTable, mrng: fc.Random): string {
  const r = mrng.nextInt(0, 0x3fffffff);
  let at = r % table.total;
  for (const g of table.groups) {
    if (at < g.weight) return g.units[Math.floor(r / table.total) % g.units.length] ?? '';
    at -= g.weight;
  }
  return '';
}

/**
 * Strings of `min` to `max` units, drawn straight from the random source. An array of units (what fc.string
 * does) makes a value, a context and a shrink tree for each character; text of a 4,096-character field then
 * cost a verify case more than its request did. Shrinking keeps what matters to a counterexample: shorter
 * first (down to `min`, by halves from either end), then plainer (code points turned into the table's first unit).
 */
class UnitString extends fc.Arbitrary<string> {
  constructor(
    private readonly table: UnitTable,
    private readonly min: number,
    private readonly max: number,
  ) {
    super();
  }

  override generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<string> {
    // Biased as fast-check's own arrays are (one draw in biasFactor): the shortest lengths, where '.' or '..'
    // alone is a whole path label, an edge case that uniform lengths reach too seldom.
    const short = biasFactor !== undefined && mrng.nextInt(1, biasFactor) === 1;
    const length = mrng.nextInt(this.min, short ? Math.min(this.max, this.min + 2) : this.max);
    let s = '';
    for (let i = 0; i < length; i++) s += drawUnit(this.table, mrng);
    return new fc.Value(s, undefined);
  }

  override canShrinkWithoutContext(value: unknown): value is string {
    return typeof value === 'string';
  }

  override shrink(value: string): fc.Stream<fc.Value<string>> {
    return new fc.Stream(this.smaller(value));
  }

  /** By code points: a unit may be two ('日本'), and the bounds a schema set count code points. */
  private *smaller(value: string): IterableIterator<fc.Value<string>> {
    const points = [...value];
    const first = [...(this.table.groups[0]?.units[0] ?? '')][0];
    // Shorter from the end, then from the start, by halves down to min: a long value loses most of itself first.
    for (let gap = points.length - this.min; gap > 0; gap = Math.floor(gap / 2)) yield new fc.Value(points.slice(0, points.length - gap).join(''), undefined);
    for (let gap = points.length - this.min; gap > 0; gap = Math.floor(gap / 2)) yield new fc.Value(points.slice(gap).join(''), undefined);
    if (first === undefined) return;
    // Then plainer: all of it in the first unit, then one code point at a time.
    const plain = first.repeat(points.length);
    if (plain !== value) yield new fc.Value(plain, undefined);
    for (const [i, p] of points.entries()) if (p !== first) yield new fc.Value([...points.slice(0, i), first, ...points.slice(i + 1)].join(''), undefined);
  }
}

export const unitString = (table: UnitTable, min: number, max: number): fc.Arbitrary<string> => new UnitString(table, min, Math.max(min, max));
