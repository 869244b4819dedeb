import { mapLeaves } from '../compare/normaliser.js';
import { parseJson } from '../../shared/parseJson.js';

/** A recorded token is fresh only when valid: an invalid one is what a negative request sends, and is sent again. */
const validToken = /^[-_a-zA-Z0-9]{2,64}$/;

/**
 * A recorded JSON body with mapped IDs replaced, and each valid ClientRequestToken replaced by a fresh one (the
 * same recorded token by the same fresh one, so idempotent retries stay retries): a recording replayed twice
 * against one target must not meet its own earlier tokens. Text that is not JSON, or where nothing changes, is
 * sent exactly as recorded.
 */
export function substituteBody(text: string, identities: Map<string, string>, freshToken: () => string): string {
  const parsed = text === '' ? undefined : parseJson(text);
  if (!parsed?.ok || parsed.value === null || typeof parsed.value !== 'object') return text;
  let changed = false;
  const out = mapLeaves(parsed.value, (v, key) => {
    if (typeof v !== 'string') return v;
    if (key === 'ClientRequestToken' && validToken.test(v) && !identities.has(v)) identities.set(v, freshToken());
    const now = identities.get(v);
    if (now === undefined || now === v) return v;
    changed = true;
    return now;
  });
  return changed ? JSON.stringify(out) : text;
}
