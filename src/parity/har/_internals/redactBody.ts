import { bodyOf, type Body } from '../../exchange.js';
import { parseJson } from '../../../shared/parseJson.js';
import { rewriteJson } from './rewriteJson.js';
import type { SecretBook } from './secretBook.js';
import { kindOf, sensitiveNames, type SensitiveAt } from './sensitiveAt.js';

const namedString = new RegExp(`"(${[...sensitiveNames].join('|')})"(\\s*:\\s*)("(?:[^"\\\\]|\\\\.)*")`, 'g');

/** Sensitive members found by name in text that is not JSON as a whole (cut short, or nested too deep to walk). */
function maskNamedMembers(text: string, book: SecretBook): string {
  return text.replace(namedString, (whole, name: string, colon: string, value: string) => {
    const parsed = parseJson(value);
    return parsed.ok && typeof parsed.value === 'string' ? `"${name}"${colon}${JSON.stringify(book.mask(parsed.value, kindOf(name)))}` : whole;
  });
}

/**
 * A body with its secrets masked. JSON is rewritten by its members (written again, compactly, only when a
 * secret's place was met); other text by sensitive names and known secrets; bytes that are not UTF-8 by known
 * secrets as their bytes. A JSON body comes out as JSON still, so a redacted request stays a request.
 */
export function redactBody(body: Body, at: SensitiveAt, book: SecretBook): Body {
  if (body.text === '') return body;
  if (body.encoding === 'base64') {
    const latin1 = Buffer.from(body.text, 'base64').toString('latin1');
    const out = book.bytes.replace(latin1);
    return out === latin1 ? body : bodyOf(Buffer.from(out, 'latin1'));
  }
  const parsed = /^\s*[[{"]/.test(body.text) ? parseJson(body.text) : undefined;
  const rewritten = parsed?.ok ? rewriteJson(parsed.value, at, book) : undefined;
  if (rewritten) return rewritten.touched ? { text: JSON.stringify(rewritten.value) } : body;
  // Known secrets first: a placeholder written is never read again (one could hold a short secret, '0001').
  const out = maskNamedMembers(book.text.replace(body.text), book);
  return out === body.text ? body : { text: out };
}
