/** An HTTP request as any transport hands it over: nothing parsed yet. */
export interface RawRequest {
  readonly method: string;
  /** Path and query exactly as sent, still percent-encoded. */
  readonly target: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Uint8Array | undefined;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** JSON text, or undefined for 204. */
  readonly body: string | undefined;
}

/** What one request was, for the log line: the operation, its status and its error type if any. */
export interface Exchange {
  readonly requestId: string;
  readonly method: string;
  /** The target as sent: no label or query member of the contract is sensitive, and bodies are never logged. */
  readonly target: string;
  readonly operation: string | undefined;
  readonly status: number;
  readonly errorType: string | undefined;
  readonly ms: number;
}
