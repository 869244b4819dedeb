/** What a replayed answer may differ in: the names an accept file uses. */
export const differenceKinds = ['status', 'missing', 'added', 'value', 'error-type'] as const;
export type DifferenceKind = (typeof differenceKinds)[number];

/** One way a replayed answer departs from the recorded one, after normalising what is volatile. */
export interface Difference {
  readonly kind: DifferenceKind;
  /** A JSON pointer into the body; '' for the status, the error type and a body compared as bytes. */
  readonly path: string;
  readonly recorded?: unknown;
  readonly replayed?: unknown;
  /** Set when the bodies were compared as bytes (one of them is not JSON): recorded and replayed are their sizes. */
  readonly bytes?: { readonly at: number };
}

/** A value as the table shows it: JSON, cut short so that one long member cannot hide the rest of a row. */
function shown(value: unknown): string {
  const text = value === undefined ? 'none' : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

const plain = (value: unknown): string => (value === undefined ? 'none' : String(value));

/** `status 201 → 404`, `member missing /X`, `value /X "a" → "b"`, `error type A → B`. */
export function describeDifference(d: Difference): string {
  if (d.kind === 'status') return `status ${plain(d.recorded)} → ${plain(d.replayed)}`;
  if (d.kind === 'error-type') return `error type ${plain(d.recorded)} → ${plain(d.replayed)}`;
  if (d.kind === 'missing') return `member missing ${d.path}`;
  if (d.kind === 'added') return `member added ${d.path}`;
  if (d.bytes) return `body bytes differ at byte ${d.bytes.at} (${plain(d.recorded)} → ${plain(d.replayed)} bytes)`;
  return `value ${d.path || '/'} ${shown(d.recorded)} → ${shown(d.replayed)}`;
}
