import { requestValidators, responseValidators } from '../generated/validators.js';
import { getOperation } from './catalog.js';
import type { Operation } from './operation.js';
import type { Issue, ValidationResult } from './rules.js';
import { toIssue, type AjvError } from './toIssues.js';

type Validator = ((data: unknown) => boolean) & { errors?: readonly AjvError[] | null };

const requestFor = requestValidators as Readonly<Record<string, Validator>>;
const responseFor = responseValidators as Readonly<Record<string, Validator | undefined>>;

const ok: ValidationResult = Object.freeze({ valid: true, issues: Object.freeze([]) });

/** No schema of the contract nests deeper; below this, a value is wrong by its type already. */
const deepestMember = 32;

/** restJson1 reads a JSON null member as an absent one; a copy without them, or undefined when there are none. */
function withoutNulls(value: unknown, depth = 0): unknown {
  if (depth > deepestMember || typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    const items = value.map((v) => withoutNulls(v, depth + 1));
    return items.some((v) => v !== undefined) ? items.map((v, i) => v ?? value[i]) : undefined;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(value)) {
    const inner = v === null ? null : withoutNulls(v, depth + 1);
    if (inner === undefined) continue;
    copy ??= { ...(value as Record<string, unknown>) };
    if (inner === null) delete copy[k];
    else copy[k] = inner;
  }
  return copy;
}

/** The input as restJson1 reads it: JSON null members taken out (they mean absent). */
export const withoutNullMembers = (input: unknown): unknown => withoutNulls(input) ?? input;

/** A member of the wrong type fails its enum or pattern too; only the type issue says what is wrong. */
function rootCauses(issues: Issue[]): Issue[] {
  const typed = new Set(issues.filter((i) => i.rule === 'type').map((i) => i.path));
  return issues.filter((i) => i.rule === 'type' || !typed.has(i.path));
}

function run(validator: Validator, input: unknown, sensitive: readonly string[], root: string): ValidationResult {
  if (validator(input)) return ok;
  // Nulls are rare; looking for them only once validation fails keeps the common path fast.
  const data = withoutNulls(input) ?? input;
  if (data !== input && validator(data)) return ok;
  return { valid: false, issues: rootCauses((validator.errors ?? []).map((e) => toIssue(e, { data, sensitive, root }))) };
}

/**
 * Checks SDK-style input (labels and query members included, as in `<Op>CommandInput`) against the contract.
 * Unknown members are allowed: services ignore them.
 */
export function validateRequest(id: string, input: unknown): ValidationResult {
  const op = getOperation(id);
  const validator = requestFor[id];
  if (!validator) throw new Error(`chime-conformance: no request validator for ${id}; run npm run generate`);
  const overlong = overlongList(op, input);
  if (overlong) return { valid: false, issues: [overlong] };
  return run(validator, input, op.sensitive.request, 'the request');
}

/**
 * A list longer than its maxItems, reported alone and before anything else: validating every item of a huge
 * list with all errors collected costs time quadratic in the errors (a 500 KB Tags list took minutes).
 */
function overlongList(op: Operation, input: unknown): Issue | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  for (const { pointer, maxItems } of op.listLimits) {
    const list = (input as Record<string, unknown>)[pointer.slice(1)];
    if (Array.isArray(list) && list.length > maxItems) {
      return toIssue({ instancePath: pointer, keyword: 'maxItems', params: { limit: maxItems } }, { data: input, sensitive: op.sensitive.request, root: 'the request' });
    }
  }
  return undefined;
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
