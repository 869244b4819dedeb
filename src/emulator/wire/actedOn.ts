import { knownMembersOf } from '../../contract/knownMembersOf.js';
import type { Operation } from '../../contract/operation.js';
import { withoutNullMembers } from '../../contract/validate.js';

const known = new WeakMap<Operation, (value: unknown) => unknown>();

/**
 * What the core acts on, as a service reads a valid request: null members absent, unknown members ignored, at
 * every level. Each operation's schema walk is compiled at its first request, not redone at every one.
 */
export function actedOn(op: Operation, input: unknown): Record<string, unknown> {
  let only = known.get(op);
  if (!only) known.set(op, (only = knownMembersOf(op.document, { $ref: op.requestRef })));
  return only(withoutNullMembers(input)) as Record<string, unknown>;
}
