import { parseJson } from '../../shared/parseJson.js';
import { UsageError } from '../command.js';

/** One value read from the input (an event or an envelope of events): its line (1 for a single JSON document), and the value or why it is not JSON. */
export type EventLine = { readonly line: number; readonly event: unknown } | { readonly line: number; readonly notJson: string };

/**
 * The lines of a `validate --event` input: one JSON document (pretty-printed or not), or NDJSON, one event or
 * envelope (an SQS or Kinesis batch, which unwrapEvents opens) per line, blank lines skipped. A single line that
 * is not JSON is a usage error, as for requests; in a stream it is one bad line, reported with its number, so a
 * long capture is checked to the end.
 */
export function eventLines(text: string, source: string): EventLine[] {
  const whole = parseJson(text);
  if (whole.ok) return [{ line: 1, event: whole.value }];
  const lines = text
    .split(/\r?\n/)
    .map((t, i) => ({ text: t, line: i + 1 }))
    .filter((l) => l.text.trim() !== '');
  if (lines.length <= 1) throw new UsageError(`${source} is not JSON: ${whole.message}`, 'check the JSON syntax, or give one event per line');
  return lines.map(({ text: t, line }) => {
    const parsed = parseJson(t);
    return parsed.ok ? { line, event: parsed.value } : { line, notJson: parsed.message };
  });
}
