/** The byte count of a UTF-8 sequence by its lead byte, 0 for a byte that cannot lead one. */
const sequenceLength = (lead: number): number => (lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0);

const hexByte = (raw: string, at: number): number | undefined => (/^%[0-9A-Fa-f]{2}$/.test(raw.slice(at, at + 3)) ? parseInt(raw.slice(at + 1, at + 3), 16) : undefined);

/**
 * Percent-encoded text decoded, with where each decoded character came from (`rawAt[i]`, and `rawAt[length]` the
 * raw length): a secret found in the decoded text is replaced in the raw one, whatever the client escaped and
 * however it spans `/` or `=`. An escape that is not UTF-8 stays as it was, read as its three characters.
 */
export function decodedView(raw: string): { text: string; rawAt: number[] } {
  let text = '';
  const rawAt: number[] = [];
  for (let i = 0; i < raw.length;) {
    const lead = hexByte(raw, i);
    const length = lead === undefined ? 0 : sequenceLength(lead);
    const bytes = Array.from({ length }, (_, k) => hexByte(raw, i + 3 * k));
    const decoded = length > 0 && bytes.every((b) => b !== undefined) ? Buffer.from(bytes as number[]).toString('utf8') : undefined;
    if (decoded !== undefined && !decoded.includes('\uFFFD')) {
      for (let k = 0; k < decoded.length; k++) rawAt.push(i);
      text += decoded;
      i += 3 * length;
    } else {
      rawAt.push(i);
      text += raw[i];
      i += 1;
    }
  }
  rawAt.push(raw.length);
  return { text, rawAt };
}
