import { validateEvent } from '../../contract/validateEvent.js';
import type { Issue } from '../../contract/rules.js';
import { UsageError, type CliIo } from '../command.js';
import { eventLines, type EventLine } from './eventLines.js';

const issueLine = (i: Issue): string => `${i.rule.padEnd(9)} ${i.path || '/'}  ${i.message}`;

async function readSource(source: string, io: CliIo): Promise<string> {
  if (source === '-') return io.readStdin();
  return io.readFile(source).catch(() => {
    throw new UsageError(`cannot read ${source}`, 'give a path to a JSON or NDJSON file, or - to read standard input');
  });
}

function checked(l: EventLine) {
  if ('notJson' in l) return { line: l.line, valid: false, issues: [], error: `not JSON: ${l.notJson}` };
  return { line: l.line, ...validateEvent(l.event) };
}

/** `validate --event`: one event or an NDJSON stream; exit 1 when any event does not conform. */
export async function validateEvents(source: string, json: boolean, io: CliIo): Promise<number> {
  const lines = eventLines(await readSource(source, io), source === '-' ? 'standard input' : source);
  const results = lines.map(checked);
  const failed = results.filter((r) => !r.valid);
  const single = lines.length === 1 && lines[0] !== undefined && !('notJson' in lines[0]);
  if (json && single) io.out(JSON.stringify({ valid: results[0]?.valid, issues: results[0]?.issues }, null, 2));
  else if (json) results.forEach((r) => io.out(JSON.stringify(r)));
  else if (single && failed.length === 0) io.out(`ok: event conforms to ${String((lines[0] as { event: Record<string, unknown> }).event['detail-type'])}`);
  else if (single) failed.forEach((r) => r.issues.forEach((i) => io.out(issueLine(i))));
  else {
    for (const r of failed) {
      if ('error' in r) io.out(`line ${r.line}: ${r.error}`);
      else r.issues.forEach((i) => io.out(`line ${r.line}: ${issueLine(i)}`));
    }
    io.out(`${results.length} events: ${results.length - failed.length} conform, ${failed.length} do not`);
  }
  return failed.length === 0 ? 0 : 1;
}
