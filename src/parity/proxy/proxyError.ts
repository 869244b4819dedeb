import type { ServerResponse } from 'node:http';
import { AnswerTooLarge, NoAnswer } from '../../verify/reach/answerLimits.js';

/** Why the upstream gave no answer, for the client and the proxy's output: never a hang, never a stack trace. */
export function upstreamProblem(e: unknown, timeoutMs: number): { status: number; message: string } {
  if (e instanceof NoAnswer) return { status: 504, message: `the upstream did not answer in time (${e.message}); check that it is up, or raise --request-timeout (now ${timeoutMs / 1000} s)` };
  if (e instanceof AnswerTooLarge) return { status: 502, message: `the upstream's ${e.message}` };
  const code = (e as NodeJS.ErrnoException).code;
  return { status: 502, message: `the upstream could not be reached (${code ?? (e as Error).message}); check --upstream and that it is up` };
}

/**
 * An answer the proxy makes itself, marked so that no one takes it for the upstream's: a header of its own and
 * no x-amzn-errortype, so an SDK reads it as an unknown error rather than as one the service modelled.
 */
export function proxyAnswer(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) return void res.destroy();
  const body = JSON.stringify({ message: `chime-conformance proxy: ${message}` });
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-chime-conformance-proxy': 'refused' });
  res.end(body);
}
