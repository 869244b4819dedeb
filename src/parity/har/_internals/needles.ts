interface Needle {
  readonly text: string;
  readonly replacement: string;
  /** Found only where it stands as a word: no letter or digit right before or after it. */
  readonly whole: boolean;
  /** Free text (a tag value): found only in prose, never in a value the contract or a replay reads as it is. */
  readonly free: boolean;
}

/**
 * Where text stands, which says which needles are looked for there: prose (an error message, a body that is no
 * JSON) takes them all; a value (a JSON string, a path, a query, a header) all but free text; a member name
 * neither free text nor a word-only needle (a tag key 'Name' must not rename the Name member).
 */
export type Place = 'prose' | 'value' | 'name';

const looksFor = (n: Needle, place: Place): boolean => place === 'prose' || (!n.free && (place === 'value' || !n.whole));

/** The needles that start with the same four characters, by text, and their lengths, longest first. */
interface Group {
  readonly byText: Map<string, Needle>;
  readonly lengths: number[];
}

const keyLength = 4;
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);
const standsAlone = (text: string, at: number, n: Needle): boolean => !(isWordChar(n.text[0]) && isWordChar(text[at - 1])) && !(isWordChar(n.text.at(-1)) && isWordChar(text[at + n.text.length]));

/**
 * Known secrets to find in text, each with its placeholder, in one pass: a place in the text costs a lookup per
 * distinct length among the needles sharing its first four characters (ARNs share far more, but come in few
 * lengths), however many secrets a recording has learnt. At each place the longest needle wins, and a
 * placeholder written is never read again. Needles under four characters are whole words only.
 */
export class Needles {
  readonly #groups = new Map<string, Group>();
  readonly #firsts = new Set<string>();

  add(text: string, replacement: string, free: boolean): void {
    if (text === '') return;
    const key = text.slice(0, keyLength);
    let group = this.#groups.get(key);
    if (!group) this.#groups.set(key, (group = { byText: new Map(), lengths: [] }));
    // Free text met again as a must-mask secret (a tag value sent later as a token) is looked for everywhere from then on.
    const had = group.byText.get(text);
    if (had && (free || !had.free)) return;
    group.byText.set(text, { text, replacement, free, whole: free || text.length < keyLength });
    if (!group.lengths.includes(text.length)) (group.lengths.push(text.length), group.lengths.sort((a, b) => b - a));
    this.#firsts.add(text[0] as string);
  }

  #at(text: string, i: number, place: Place): Needle | undefined {
    for (let k = keyLength; k > 0; k--) {
      const group = this.#groups.get(text.slice(i, i + k));
      for (const length of group?.lengths ?? []) {
        const n = group?.byText.get(text.slice(i, i + length));
        if (n && looksFor(n, place) && (!n.whole || standsAlone(text, i, n))) return n;
      }
    }
    return undefined;
  }

  /** Where needles stand in the text, left to right, none overlapping: `end` is past the needle's last character. */
  matches(text: string, place: Place): { start: number; end: number; replacement: string }[] {
    const found: { start: number; end: number; replacement: string }[] = [];
    if (this.#firsts.size === 0) return found;
    for (let i = 0; i < text.length;) {
      const n = this.#firsts.has(text[i] as string) ? this.#at(text, i, place) : undefined;
      if (!n) {
        i += 1;
        continue;
      }
      found.push({ start: i, end: i + n.text.length, replacement: n.replacement });
      i += n.text.length;
    }
    return found;
  }

  /** The text with every needle that is looked for in its place replaced. */
  replace(text: string, place: Place): string {
    const found = this.matches(text, place);
    if (found.length === 0) return text;
    let out = '';
    let from = 0;
    for (const { start, end, replacement } of found) {
      out += text.slice(from, start) + replacement;
      from = end;
    }
    return out + text.slice(from);
  }
}
