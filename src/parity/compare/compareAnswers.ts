import { parseJson } from '../../shared/parseJson.js';
import type { Difference } from './difference.js';
import { diffJson } from './diffJson.js';
import { normalise } from './normalisers/index.js';

/** What of an answer is compared: never its other headers (request IDs, dates, lengths differ every time). */
export interface ComparedAnswer {
  readonly status: number;
  /** x-amzn-errortype up to its first `:` (the service may append a URL there). */
  readonly errorType: string | undefined;
  readonly body: Buffer;
}

const json = (bytes: Buffer): { ok: true; value: unknown } | { ok: false } => (bytes.length === 0 ? { ok: true, value: undefined } : parseJson(bytes.toString('utf8')));

function bytesDiffer(a: Buffer, b: Buffer): Difference[] {
  if (a.equals(b)) return [];
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  return [{ kind: 'value', path: '', recorded: a.length, replayed: b.length, bytes: { at } }];
}

/**
 * How a replayed answer differs from the recorded one: its status, its error type, then its body, as JSON after
 * normalising both sides (non-JSON bodies as bytes). A different status says the rest would differ too, so the
 * bodies are then not compared; the error types still are, as they say what kind of refusal it was.
 */
export function compareAnswers(recorded: ComparedAnswer, replayed: ComparedAnswer, identities: ReadonlyMap<string, string>): Difference[] {
  const out: Difference[] = [];
  if (recorded.status !== replayed.status) out.push({ kind: 'status', path: '', recorded: recorded.status, replayed: replayed.status });
  if (recorded.errorType !== replayed.errorType) out.push({ kind: 'error-type', path: '', recorded: recorded.errorType, replayed: replayed.errorType });
  if (out.length > 0) return out;
  const a = json(recorded.body);
  const b = json(replayed.body);
  if (!a.ok || !b.ok) return bytesDiffer(recorded.body, replayed.body);
  const ctx = (side: 'recorded' | 'replayed') => ({ side, status: recorded.status, identities });
  return diffJson(normalise(a.value, ctx('recorded')), normalise(b.value, ctx('replayed')));
}
