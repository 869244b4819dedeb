import { decodeOrKeep } from '../../../shared/decodeOrKeep.js';
import type { HarNameValue } from '../harTypes.js';

/** What RFC 3986 allows in a path and query unencoded; a `%` only where it starts an escape. */
const outsideUri = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/gu;

/** A raw target percent-encoded where it is not URI text, so the entry's `url` stays a URI (HAR says `format: uri`). */
const uriText = (target: string): string =>
  target.replace(outsideUri, (c) =>
    // Buffer, not encodeURIComponent: a lone surrogate would make encodeURIComponent throw (its bytes stay in `_target`).
    [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );

/** The request target a URL names: what follows its authority, without the fragment a browser may keep. */
export function targetOfUrl(url: string): string {
  const authority = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/.exec(url)?.[0] ?? '';
  const rest = url.slice(authority.length).split('#')[0] ?? '';
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** The entry's URL for a target sent to `baseUrl`, and the raw target when the URL does not read back as it. */
export function urlOf(baseUrl: string, target: string): { url: string; rawTarget?: string } {
  const url = `${baseUrl.replace(/\/+$/, '')}${target.startsWith('/') ? '' : '/'}${uriText(target)}`;
  return targetOfUrl(url) === target ? { url } : { url, rawTarget: target };
}

/** HAR's queryString: the target's query members in order, percent-decoded where that is possible. */
export function queryStringOf(target: string): HarNameValue[] {
  const at = target.indexOf('?');
  if (at < 0) return [];
  return target
    .slice(at + 1)
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      return eq < 0 ? { name: decodeOrKeep(part), value: '' } : { name: decodeOrKeep(part.slice(0, eq)), value: decodeOrKeep(part.slice(eq + 1)) };
    });
}
