import { catalog } from '../../contract/catalog.js';
import type { Operation } from '../../contract/operation.js';
import { isAny, segments } from '../../contract/pointer.js';
import { hidden } from '../../shared/scrub.js';
import type { Difference } from './difference.js';
import { deepest } from './normaliser.js';

/** Masked wherever they stand, whatever the operation: the guide treats them as secrets in every shape. */
const everywhere = new Set(['ClientRequestToken', 'KmsKeyArn', 'VoiceProfileDomainArn']);
/** Every member name the contract marks sensitive somewhere: for an answer whose operation is not known. */
const anyOperation = new Set([
  ...everywhere,
  ...catalog.flatMap((op) => [...op.sensitive.request, ...op.sensitive.response].map((p) => segments(p).at(-1) ?? '')).filter((n) => n !== '' && n !== '*'),
]);
const byId = new Map<string, Operation>(catalog.map((op) => [op.id, op]));

type Secret = (parts: readonly string[]) => boolean;

/** The answer's pointers, and the request's too: an answer may echo what its request carried. */
function secretOf(operation: string): Secret {
  const op = byId.get(operation);
  if (!op) return (parts) => anyOperation.has(parts.at(-1) ?? '');
  const pointers = [...op.sensitive.response, ...op.sensitive.request];
  return (parts) => everywhere.has(parts.at(-1) ?? '') || isAny(parts, pointers);
}

/** A copy with each secret's value (a container's whole) hidden; null is kept, it tells that none was there. */
function masked(value: unknown, parts: readonly string[], secret: Secret, depth: number): unknown {
  if (value === undefined || value === null) return value;
  if (parts.length > 0 && secret(parts)) return hidden;
  if (typeof value !== 'object') return value;
  // Too deep to walk is too deep to tell what it holds: hidden rather than shown.
  if (depth > deepest) return hidden;
  if (Array.isArray(value)) return value.map((v, i) => masked(v, [...parts, String(i)], secret, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, masked(v, [...parts, k], secret, depth + 1)]));
}

/**
 * A difference as it may be shown (the table, --json): the recorded and replayed values with what the contract
 * marks sensitive, at its pointers for `operation` and anywhere for the names above, replaced by `***`, inside
 * missing and added subtrees too. Against the real service the replayed side holds the account's own ARNs; the
 * path and kind still say that, and where, the values differ. Statuses, error types and byte counts hold none.
 */
export function maskDifference(operation: string, d: Difference): Difference {
  if (d.kind === 'status' || d.kind === 'error-type' || d.bytes) return d;
  const secret = secretOf(operation);
  const parts = segments(d.path);
  return {
    ...d,
    ...(d.recorded === undefined ? {} : { recorded: masked(d.recorded, parts, secret, parts.length) }),
    ...(d.replayed === undefined ? {} : { replayed: masked(d.replayed, parts, secret, parts.length) }),
  };
}
