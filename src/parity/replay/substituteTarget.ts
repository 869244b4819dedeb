import { decodeOrKeep } from '../../shared/decodeOrKeep.js';
import { encodeLabel } from '../../wire/encodeRequest.js';

/** A path segment or query value with its mapped value, encoded as the SDKs encode labels; unmapped ones as sent. */
const mapped = (raw: string, identities: ReadonlyMap<string, string>): string => {
  const now = identities.get(decodeOrKeep(raw));
  return now === undefined ? raw : encodeLabel(now);
};

/**
 * A recorded path and query with the IDs the recording got from its upstream replaced by the target's. Each
 * segment and value is looked up decoded (a label may hold an encoded ARN) and left byte for byte as recorded
 * when it maps to nothing, so a malformed or oddly encoded request is replayed as it was.
 */
export function substituteTarget(target: string, identities: ReadonlyMap<string, string>): string {
  if (identities.size === 0) return target;
  const at = target.indexOf('?');
  const path = (at < 0 ? target : target.slice(0, at))
    .split('/')
    .map((s) => (s === '' ? s : mapped(s, identities)))
    .join('/');
  if (at < 0) return path;
  const query = target
    .slice(at + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq < 0 ? pair : `${pair.slice(0, eq + 1)}${mapped(pair.slice(eq + 1), identities)}`;
    });
  return `${path}?${query.join('&')}`;
}
