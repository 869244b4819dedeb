/**
 * The parts of HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) that chime-conformance writes and
 * reads. Members starting with `_` are HAR's custom fields: other readers ignore them, ours reads them back.
 */
export interface HarCreator {
  readonly name: string;
  readonly version: string;
  readonly comment?: string;
}

export interface HarNameValue {
  readonly name: string;
  readonly value: string;
}

export interface HarRequest {
  readonly method: string;
  readonly url: string;
  readonly httpVersion: string;
  readonly cookies: readonly HarNameValue[];
  readonly headers: readonly HarNameValue[];
  readonly queryString: readonly HarNameValue[];
  /** HAR 1.2 has no encoding for request bodies: `_encoding: 'base64'` marks one whose bytes are not UTF-8. */
  readonly postData?: { readonly mimeType: string; readonly text: string; readonly _encoding?: 'base64' };
  readonly headersSize: number;
  readonly bodySize: number;
  /** The target as sent, when the `url` had to percent-encode it (or its base has a path) to stay a URI. */
  readonly _target?: string;
}

export interface HarResponse {
  readonly status: number;
  readonly statusText: string;
  readonly httpVersion: string;
  readonly cookies: readonly HarNameValue[];
  readonly headers: readonly HarNameValue[];
  readonly content: { readonly size: number; readonly mimeType: string; readonly text: string; readonly encoding?: 'base64' };
  readonly redirectURL: string;
  readonly headersSize: number;
  readonly bodySize: number;
}

export interface HarEntry {
  readonly startedDateTime: string;
  readonly time: number;
  readonly request: HarRequest;
  readonly response: HarResponse;
  readonly cache: Record<string, never>;
  readonly timings: { readonly send: number; readonly wait: number; readonly receive: number };
}
