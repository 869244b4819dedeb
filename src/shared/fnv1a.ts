const offsetBasis = 0x811c9dc5;
const prime = 0x01000193;

/**
 * 32-bit FNV-1a over a text's UTF-16 code units, unsigned. Not cryptographic: the emulator, the arbitraries and
 * verify's planner use it for stable scores, picks and seeds that must repeat run after run and platform after
 * platform. `basis` continues a hash already begun (or keys it), so callers can hash parts without joining them.
 * Browser-safe: the emulator core imports it.
 */
export function fnv1a(text: string, basis: number = offsetBasis): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), prime) >>> 0;
  return h;
}
