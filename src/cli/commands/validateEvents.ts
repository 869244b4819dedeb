import { unwrapEvents, type FoundEvent } from '../../contract/events/unwrapEvents.js';
import { validateEvent } from '../../contract/validateEvent.js';
import type { Issue } from '../../contract/rules.js';
import { UsageError, type CliIo } from '../command.js';
import { eventLines, type EventLine } from './eventLines.js';

/** One event's verdict. `place` only for an event taken out of an envelope, so bare events print as before. */
type Checked = { readonly line: number; readonly place?: string; readonly valid: boolean; readonly issues: readonly Issue[]; readonly error?: string };

const issueLine = (i: Issue): string => `${i.rule.padEnd(9)} ${i.path || '/'}  ${i.message}`;

async function readSource(source: string, io: CliIo): Promise<string> {
  if (source === '-') return io.readStdin();
  return io.readFile(source).catch(() => {
    throw new UsageError(`cannot read ${source}`, 'give a path to a JSON or NDJSON file, or - to read standard input');
  });
}

function checkedEvent(line: number, f: FoundEvent): Checked {
  const place = f.place === undefined ? {} : { place: f.place };
  if ('error' in f) return { line, ...place, valid: false, issues: [], error: f.error };
  return { line, ...place, ...validateEvent(f.event) };
}

function checked(l: EventLine): Checked[] {
  if ('notJson' in l) return [{ line: l.line, valid: false, issues: [], error: `not JSON: ${l.notJson}` }];
  return unwrapEvents(l.event).map((f) => checkedEvent(l.line, f));
}

/** A bad event's lines: by line in a stream, by place in an envelope (an error already starts with its place). */
function badLines(r: Checked, stream: boolean): string[] {
  const line = stream ? `line ${r.line}: ` : '';
  if (r.error !== undefined) return [`${line}${r.error}`];
  const at = r.place === undefined ? line : `${line}${r.place}: `;
  return r.issues.map((i) => `${at}${issueLine(i)}`);
}

/** A line of --json output: the line only in a stream, where it is what finds the event. */
function jsonLine(r: Checked, stream: boolean): string {
  const { line: _line, ...unlined } = r;
  return JSON.stringify(stream ? r : unlined);
}

/** `validate --event`: events, bare or in envelopes, one file or an NDJSON stream; exit 1 when any does not conform. */
export async function validateEvents(source: string, json: boolean, io: CliIo): Promise<number> {
  const lines = eventLines(await readSource(source, io), source === '-' ? 'standard input' : source);
  const results = lines.flatMap(checked);
  const failed = results.filter((r) => !r.valid);
  const stream = lines.length > 1;
  const [only] = lines;
  const [first] = results;
  const bare = !stream && results.length === 1 && first?.place === undefined;
  if (bare && first && only && 'event' in only) return bareEvent(first, only.event, json, io);
  if (json) results.forEach((r) => io.out(jsonLine(r, stream)));
  else {
    failed.forEach((r) => badLines(r, stream).forEach((l) => io.out(l)));
    io.out(`${results.length} event${results.length === 1 ? '' : 's'}: ${results.length - failed.length} conform, ${failed.length} do not`);
  }
  return failed.length === 0 ? 0 : 1;
}

/** One bare event in one document: printed as before envelopes were read. */
function bareEvent(r: Checked, event: unknown, json: boolean, io: CliIo): number {
  if (json) io.out(JSON.stringify({ valid: r.valid, issues: r.issues }, null, 2));
  else if (r.valid) io.out(`ok: event conforms to ${String((event as Record<string, unknown>)['detail-type'])}`);
  else r.issues.forEach((i) => io.out(issueLine(i)));
  return r.valid ? 0 : 1;
}
