import { bodyOf, type Body, type Exchange, type Header } from '../../exchange.js';
import { targetOfUrl } from './harUrl.js';

/** A HAR member the schema allows that an exchange cannot come from: `member` says which, `what` why. */
export class EntryProblem extends Error {
  constructor(
    readonly member: string,
    readonly what: string,
  ) {
    super(`${member} ${what}`);
  }
}

type Json = Record<string, unknown>;

// HTTP/2 pseudo-headers (:authority, :path) are what browsers' HAR lists first; method and url already say them.
const headersOf = (list: unknown): Header[] => (list as Json[]).filter((h) => !String(h['name']).startsWith(':')).map((h) => ({ name: String(h['name']), value: String(h['value']) }));

function bodyFrom(holder: Json | undefined, encoding: unknown, at: string): Body {
  const text = holder?.['text'];
  if (typeof text !== 'string' || text === '') return { text: '' };
  if (encoding === undefined || encoding === '') return { text };
  if (encoding !== 'base64') throw new EntryProblem(`${at}.encoding`, 'must be base64 or absent: the only encoding HAR 1.2 names');
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw new EntryProblem(`${at}.text`, 'must be base64, as its encoding says');
  return bodyOf(Buffer.from(text, 'base64')); // as text when the bytes are UTF-8, as an exchange keeps them
}

function startOf(entry: Json, at: string): string {
  // RFC 3339 allows 't', 'z' and a space where Date reads only 'T' and 'Z'.
  const time = new Date(String(entry['startedDateTime']).toUpperCase().replace(' ', 'T')).getTime();
  if (Number.isNaN(time)) throw new EntryProblem(`${at}.startedDateTime`, 'must be a date and time JavaScript can read');
  return new Date(time).toISOString();
}

/**
 * An exchange from one entry that har-schema accepted, as written by harEntry, Polly.js or a browser: the
 * target from `_target` or else from the URL, a request body base64 when its postData says `_encoding` (ours)
 * or `encoding`, the start in UTC with milliseconds. `at` names the entry in problems (`log.entries[3]`).
 */
export function exchangeOfEntry(entry: Json, at: string): Exchange {
  const request = entry['request'] as Json;
  const response = entry['response'] as Json;
  const postData = request['postData'] as Json | undefined;
  const content = response['content'] as Json;
  const target = typeof request['_target'] === 'string' ? request['_target'] : targetOfUrl(String(request['url']));
  return {
    startedAt: startOf(entry, at),
    durationMs: entry['time'] as number,
    request: {
      method: String(request['method']),
      target,
      headers: headersOf(request['headers']),
      body: bodyFrom(postData, postData?.['_encoding'] ?? postData?.['encoding'], `${at}.request.postData`),
    },
    response: { status: response['status'] as number, headers: headersOf(response['headers']), body: bodyFrom(content, content['encoding'], `${at}.response.content`) },
  };
}
