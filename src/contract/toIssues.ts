import { holdsAny, join, memberName, segments, valueAt } from './pointer.js';
import { constraintText, isRule, type Issue } from './rules.js';

/** The parts of an ajv error object that the contract reads. */
export interface AjvError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** The phrase AWS services put in place of a sensitive value in their messages. */
export const redacted = '*** Sensitive Data Redacted ***';

function shown(value: unknown): string {
  if (value === undefined) return 'null';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Array.isArray(value) ? '[…]' : '{…}'; // nested past what JSON.stringify can walk
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export interface IssueContext {
  readonly data: unknown;
  readonly sensitive: readonly string[];
  /** How the message names the root: 'the request' or 'the response'. */
  readonly root: string;
}

/** One ajv error as a contract issue: pointer, rule and a message that names the member and hides secrets. */
export function toIssue(error: AjvError, context: IssueContext): Issue {
  if (!isRule(error.keyword)) {
    throw new Error(`chime-conformance: the validators produced keyword "${error.keyword}", which no rule covers; regenerate them`);
  }
  const missing = error.keyword === 'required' ? String(error.params['missingProperty']) : undefined;
  const path = missing === undefined ? error.instancePath : join(error.instancePath, missing);
  const parts = segments(path); // once: the value, the redaction and the member name all read it
  const value = missing === undefined ? valueAt(context.data, parts) : undefined;
  // A member holding a sensitive one (Tags, ServerSideEncryptionConfiguration) is hidden whole.
  const text = value !== undefined && holdsAny(parts, context.sensitive) ? redacted : shown(value);
  const message = `Value ${text} at '${memberName(parts, context.root)}' failed to satisfy constraint: ${constraintText[error.keyword](error.params)}`;
  return { path, rule: error.keyword, message };
}
