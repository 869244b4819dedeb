/**
 * A percent-encoded component decoded, or kept as sent when it is not valid percent-encoding: a SigV4 query
 * that then simply fails to verify, a broker password that is used as written. Neither is worth an error.
 */
export function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
