import { catalog } from '../../../contract/catalog.js';
import type { Operation } from '../../../contract/operation.js';
import { isAny, segments } from '../../../contract/pointer.js';
import type { SecretKind } from './placeholder.js';

/** The kind of secret the member at a JSON path (split) holds, or undefined when it holds none. */
export type SensitiveAt = (parts: readonly string[]) => SecretKind | undefined;

/** Masked wherever they appear, whatever the operation: the guide treats them as secrets in every shape. */
const everywhere = new Set(['ClientRequestToken', 'KmsKeyArn', 'VoiceProfileDomainArn']);

/** Every member name the contract marks sensitive somewhere: for bodies whose operation is not known. */
export const sensitiveNames: ReadonlySet<string> = new Set([
  ...everywhere,
  ...catalog.flatMap((op) => [...op.sensitive.request, ...op.sensitive.response].map((p) => segments(p).at(-1) ?? '')).filter((n) => n !== '' && n !== '*'),
]);

/** A token by its name, an ARN by its suffix; anything else the model hides (tag keys and values) is free text. */
export const kindOf = (name: string): SecretKind => (name === 'ClientRequestToken' ? 'token' : name.endsWith('Arn') ? 'arn' : 'text');

/**
 * Where one direction of an exchange keeps secrets: the members its operation's contract marks sensitive,
 * plus the names above anywhere; with no operation (a request no route matches, and its answer), every
 * sensitive name anywhere.
 */
export function sensitiveAt(op: Operation | undefined, direction: 'request' | 'response'): SensitiveAt {
  const pointers = op?.sensitive[direction] ?? [];
  const names = op ? everywhere : sensitiveNames;
  return (parts) => {
    const name = parts.at(-1);
    if (name === undefined) return undefined;
    return names.has(name) || isAny(parts, pointers) ? kindOf(name) : undefined;
  };
}
