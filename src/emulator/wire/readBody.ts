import type { Operation } from '../../contract/operation.js';
import { parseJson } from '../../shared/parseJson.js';

export type BodyResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

const isJson = (contentType: string | undefined): boolean => /^application\/(?:[\w.+-]*\+)?json\s*(?:;|$)/i.test(contentType ?? '');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The JSON body of a request for an operation with body members: absent means `{}`; anything else must be
 * JSON text in UTF-8 under a JSON content type. Operations without body members ignore the body.
 */
export function readBody(op: Operation, bytes: Uint8Array | undefined, contentType: string | undefined): BodyResult {
  if (!op.bindings.some((b) => b.in === 'body') || !bytes || bytes.length === 0) return { ok: true, value: undefined };
  if (!isJson(contentType)) {
    return { ok: false, message: `The request body must be JSON sent with Content-Type: application/json, not ${contentType ?? 'none'}.` };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, message: 'The request body is not valid UTF-8.' };
  }
  const parsed = parseJson(text);
  if (parsed.ok) return parsed;
  // V8 quotes the text around the error, and a body may hold secrets: say where, not what.
  const at = /position (\d+)/.exec(parsed.message)?.[1];
  return { ok: false, message: `The request body is not valid JSON${at === undefined ? '' : ` (at position ${at})`}.` };
}
