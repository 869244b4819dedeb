import { bodyOf, type Body } from '../../exchange.js';
import { parseJson } from '../../../shared/parseJson.js';
import { maskNamedMembers } from './maskNamedMembers.js';
import { rewriteJson } from './rewriteJson.js';
import type { SecretBook } from './secretBook.js';
import type { SensitiveAt } from './sensitiveAt.js';

/**
 * A body with its secrets masked. JSON is rewritten by its members (written again, compactly, only when a
 * secret's place was met); other text, as prose no contract reads, by sensitive names and every known secret;
 * bytes that are not UTF-8 likewise, as latin1. A JSON body comes out as JSON still, so a redacted request stays
 * a request.
 */
export function redactBody(body: Body, at: SensitiveAt, book: SecretBook): Body {
  if (body.text === '') return body;
  if (body.encoding === 'base64') {
    const latin1 = Buffer.from(body.text, 'base64').toString('latin1');
    const out = maskNamedMembers(book.replaceBytes(latin1), book);
    return out === latin1 ? body : bodyOf(Buffer.from(out, 'latin1'));
  }
  const parsed = /^\s*[[{"]/.test(body.text) ? parseJson(body.text) : undefined;
  const rewritten = parsed?.ok ? rewriteJson(parsed.value, at, book) : undefined;
  if (rewritten) return rewritten.touched ? { text: JSON.stringify(rewritten.value) } : body;
  // Known secrets first: a placeholder written is never read again (one could hold a short secret, '0001').
  const out = maskNamedMembers(book.replace(body.text, 'prose'), book);
  return out === body.text ? body : { text: out };
}
