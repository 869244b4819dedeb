import { requestValidators, responseValidators } from '../generated/validators.js';
import { getOperation } from './catalog.js';
import type { ValidationResult } from './rules.js';
import { toIssue, type AjvError } from './toIssues.js';

type Validator = ((data: unknown) => boolean) & { errors?: readonly AjvError[] | null };

const requestFor = requestValidators as Readonly<Record<string, Validator>>;
const responseFor = responseValidators as Readonly<Record<string, Validator | undefined>>;

const ok: ValidationResult = Object.freeze({ valid: true, issues: Object.freeze([]) });

function run(validator: Validator, data: unknown, sensitive: readonly string[], root: string): ValidationResult {
  if (validator(data)) return ok;
  const issues = (validator.errors ?? []).map((e) => toIssue(e, { data, sensitive, root }));
  return { valid: false, issues };
}

/**
 * Checks SDK-style input (labels and query members included, as in `<Op>CommandInput`) against the contract.
 * Unknown members are allowed: services ignore them.
 */
export function validateRequest(id: string, input: unknown): ValidationResult {
  const op = getOperation(id);
  const validator = requestFor[id];
  if (!validator) throw new Error(`chime-conformance: no request validator for ${id}; run npm run generate`);
  return run(validator, input, op.sensitive.request, 'the request');
}

/** Checks a success response body as JSON on the wire. Operations answering 204 must have no body. */
export function validateResponse(id: string, output: unknown): ValidationResult {
  const op = getOperation(id);
  const validator = responseFor[id];
  if (validator) return run(validator, output, op.sensitive.response, 'the response');
  if (output === undefined) return ok;
  const message = `${op.name} answers ${op.http.status} with no body, but a body was given`;
  return { valid: false, issues: [{ path: '', rule: 'type', message }] };
}
