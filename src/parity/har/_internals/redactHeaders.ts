import { sha256Hex } from '../../../shared/sha256.js';
import type { Header } from '../../exchange.js';
import type { SecretBook } from './secretBook.js';

/** What stands for a SigV4 Authorization header: fixed, so nothing of the signature or the key is kept. */
export const authorizationText = 'AWS4-HMAC-SHA256 Credential=redacted, SignedHeaders=redacted, Signature=redacted';

const authorizations = new Set(['authorization', 'proxy-authorization']);

/** Learns the secrets a message's headers carry, so that they are masked where they are echoed too. */
export function learnHeaderSecrets(headers: readonly Header[], book: SecretBook): void {
  for (const { name, value } of headers) {
    const lower = name.toLowerCase();
    book.learn(value);
    if (lower === 'x-amz-security-token') book.mask(value, 'credential');
    if (!authorizations.has(lower) || value === authorizationText) continue;
    for (const m of value.matchAll(/(?:Credential=([^/,\s]+)|Signature=([0-9A-Fa-f]+))/g)) book.mask(m[1] ?? m[2] ?? '', 'credential');
  }
}

/**
 * Headers with their secrets masked. When redaction changed the body (`body` its new bytes), Content-Length
 * and a payload hash follow it: the old ones would tell the secret's length, and a hash lets a short secret
 * be guessed. A hash that is not one (UNSIGNED-PAYLOAD) stays. Free text (a tag) is not looked for: a header
 * is a value the contract reads (x-amzn-errortype, Content-Type), never prose.
 */
export function redactHeaders(headers: readonly Header[], book: SecretBook, body: Buffer | undefined): Header[] {
  return headers.map(({ name, value }) => {
    const lower = name.toLowerCase();
    if (authorizations.has(lower)) return { name, value: authorizationText };
    if (lower === 'x-amz-security-token') return { name, value: book.mask(value, 'credential') };
    if (body && lower === 'content-length') return { name, value: String(body.length) };
    if (body && lower === 'x-amz-content-sha256' && /^[0-9a-f]{64}$/i.test(value)) return { name, value: sha256Hex(body) };
    return { name, value: book.replace(value, 'value') };
  });
}
