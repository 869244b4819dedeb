/** Below this many exchanges a replay ends before anyone wonders whether it is still going. */
const quietUpTo = 200;
const everyMs = 5000;

/**
 * A progress line every few seconds for a long replay (`replay: 1200 of 5000 exchanges, 3 different`), to
 * standard error, so that the table or NDJSON on standard output stays whole.
 */
export function replayProgress(total: number, say: (line: string) => void, now: () => number = Date.now): (rows: readonly { readonly parity: string }[]) => void {
  let last = now();
  let different = 0;
  let counted = 0;
  return (rows) => {
    for (; counted < rows.length; counted++) if (rows[counted]?.parity === 'different') different++;
    if (total <= quietUpTo || rows.length === total || now() - last < everyMs) return;
    last = now();
    say(`replay: ${rows.length} of ${total} exchanges, ${different} different`);
  };
}
