import { parseJson } from '../../../shared/parseJson.js';
import type { SecretBook } from './secretBook.js';
import { kindOf, sensitiveNames } from './sensitiveAt.js';

/**
 * A sensitive name (quoted or not, not inside a longer word) and `:` or `=`, then its value: a JSON string, closed
 * or cut short with the body, or bare text up to the next `,` `}` `]`, `&` (a form's), quote or whitespace.
 * Bodies that are not JSON still carry secrets this way: an unquoted value (`{"ClientRequestToken": tok123}`), a
 * form, a log line.
 */
const named = new RegExp(`(?<![A-Za-z0-9_])("?)(${[...sensitiveNames].join('|')})\\1(\\s*[:=]\\s*)(?:"((?:[^"\\\\]|\\\\.)*)("?)|([^,}\\]&\\s"]+))`, 'g');

/** A literal is no secret; a number is one only where it stands, as in a JSON body (rewriteJson). */
const literal = /^(?:null|true|false)$/;
const number = /^-?\d[\d.eE+-]*$/;

/** A quoted value's text: as JSON reads it, or as written when its escapes are not JSON's. */
function unquoted(inner: string): string {
  const parsed = parseJson(`"${inner}"`);
  return parsed.ok && typeof parsed.value === 'string' ? parsed.value : inner;
}

/**
 * Text that is not JSON as a whole (cut short, nested too deep to walk, or not JSON at all) with the value of
 * every sensitive member found by its name masked, and learnt so that its echoes are masked too. A quoted value
 * gets its placeholder quoted, a bare one bare.
 */
export function maskNamedMembers(text: string, book: SecretBook): string {
  return text.replace(named, (whole, quote: string, name: string, separator: string, inner: string | undefined, close: string | undefined, bare: string | undefined) => {
    const head = `${quote}${name}${quote}${separator}`;
    if (inner !== undefined) return `${head}"${JSON.stringify(book.mask(unquoted(inner), kindOf(name))).slice(1, -1)}${close ?? ''}`;
    if (bare === undefined || literal.test(bare)) return whole;
    return `${head}${book.mask(bare, kindOf(name), !number.test(bare))}`;
  });
}
