import { validateHar } from '../../generated/harValidator.js';
import { parseJson } from '../../shared/parseJson.js';
import type { Exchange } from '../exchange.js';
import { EntryProblem, exchangeOfEntry } from './_internals/exchangeOfEntry.js';
import { harProblem, type HarSchemaError } from './_internals/harProblem.js';

type Validator = ((data: unknown) => boolean) & { errors?: readonly HarSchemaError[] | null };
const validate = validateHar as unknown as Validator;

/** What readHar takes at most: past these, a recording is refused before it is parsed through. */
export const harLimits = { bytes: 256 * 1024 * 1024, entries: 1_000_000 } as const;

/** A recording readHar refuses: the message names the file and the first problem, and says what to do. */
export class BadHar extends Error {}

const fixMember = 'correct that member, or record again (chime-conformance proxy, Polly.js and browsers write HAR 1.2)';

/** Where the parser stopped, from its message: the message itself may quote the text, which may hold secrets. */
function wherePoint(message: string, length: number): string {
  const m = /position (\d+)(?: \(line (\d+) column (\d+)\))?/.exec(message);
  if (/end of JSON input/.test(message) || Number(m?.[1]) >= length) return ': it ends early (a recording cut short?)';
  return !m ? '' : m[2] ? ` at line ${m[2]} column ${String(m[3])}` : ` at character ${String(m[1])}`;
}

/**
 * The exchanges of a HAR 1.2 recording, in the order of its entries: ours (openHarRecorder), Polly.js's, a
 * browser's. The document is checked against har-schema 2.0.0 first (src/generated/harValidator.ts), and the
 * first problem is named as `<source>: log.entries[3].response.status must be integer`. `source` names the
 * recording in messages. Over 256 MiB or 1,000,000 entries, it is refused.
 */
export function readHar(text: string, source: string): Exchange[] {
  const bad = (what: string, hint: string) => new BadHar(`chime-conformance: ${source}: ${what}. Hint: ${hint}`);
  if (text.length > harLimits.bytes || (text.length * 3 > harLimits.bytes && Buffer.byteLength(text) > harLimits.bytes)) {
    throw bad('is larger than 256 MiB, more than readHar takes', 'record shorter sessions (one recording per run or per suite)');
  }
  const parsed = parseJson(text);
  if (!parsed.ok) throw bad(`is not JSON${wherePoint(parsed.message, text.length)}`, 'give the .har file itself, whole, as a recorder wrote it');
  const entries = (parsed.value as { log?: { entries?: unknown } } | null)?.log?.entries;
  if (Array.isArray(entries) && entries.length > harLimits.entries) {
    throw bad(`has ${entries.length} entries, more than the 1000000 readHar takes`, 'record shorter sessions (one recording per run or per suite)');
  }
  // allErrors is off: the one error is the first problem, or a oneOf's own after its branches' (the last).
  if (!validate(parsed.value)) throw bad(harProblem(validate.errors?.at(-1) ?? { instancePath: '', keyword: 'unknown', params: {} }), fixMember);
  return (entries as Record<string, unknown>[]).map((entry, i) => {
    try {
      return exchangeOfEntry(entry, `log.entries[${i}]`);
    } catch (e) {
      throw e instanceof EntryProblem ? bad(e.message, fixMember) : e;
    }
  });
}
