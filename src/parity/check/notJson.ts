/**
 * Why a body is not JSON, by where the parser stopped: never its message, which quotes the text around that
 * place, and the text may be a secret (a ClientRequestToken written without quotes).
 */
export function notJson(parserMessage: string, length: number): string {
  const at = /position (\d+)/.exec(parserMessage)?.[1];
  if (/end of JSON input/.test(parserMessage) || Number(at) >= length) return 'the body is not JSON: it ends early';
  return at === undefined ? 'the body is not JSON' : `the body is not JSON (at character ${at})`;
}
