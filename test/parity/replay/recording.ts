import { getOperation } from '../../../src/contract/catalog.js';
import { encodeRequest, type EncodedRequest } from '../../../src/wire/encodeRequest.js';
import type { Target } from '../../../src/verify/reach/target.js';
import { bodyOf, type Exchange } from '../../../src/parity/exchange.js';

/** A request by operation id and SDK-style input, or as raw HTTP for what no operation sends. */
export const op = (id: string, input: unknown): EncodedRequest => encodeRequest(getOperation(id), input);

/**
 * Records exchanges as the proxy would, by sending to a target: `at` is the recording's clock (ms since its start),
 * which `pass` moves on as the session lets time pass; startedAt keeps it, so the replay finds the same gaps.
 */
export function recorder(target: Target, pass: (ms: number) => Promise<void>, start = Date.parse('2026-11-02T10:00:00.000Z')) {
  const exchanges: Exchange[] = [];
  let at = 0;
  return {
    exchanges,
    async wait(ms: number) {
      await pass(ms);
      at += ms;
    },
    async send(req: EncodedRequest): Promise<Record<string, unknown>> {
      const answer = await target.raw(req);
      exchanges.push({
        startedAt: new Date(start + at).toISOString(),
        durationMs: 1,
        request: { method: req.method, target: req.target, headers: Object.entries(req.headers).map(([name, value]) => ({ name, value })), body: bodyOf(Buffer.from(req.body ?? '')) },
        response: { status: answer.status, headers: Object.entries(answer.headers).map(([name, value]) => ({ name, value })), body: bodyOf(Buffer.from(answer.body)) },
      });
      return answer.body ? (JSON.parse(answer.body) as Record<string, unknown>) : {};
    },
  };
}

/** A recorded answer edited, as the real service might have answered: the crafted differences of the tests. */
export function answered(ex: Exchange, edit: { status?: number; errorType?: string; body?: (json: Record<string, unknown>) => unknown }): Exchange {
  const json = ex.response.body.text ? (JSON.parse(ex.response.body.text) as Record<string, unknown>) : {};
  const headers = ex.response.headers.filter((h) => h.name !== 'x-amzn-errortype');
  return {
    ...ex,
    response: {
      status: edit.status ?? ex.response.status,
      // A success carries no error type.
      headers: edit.errorType ? [...headers, { name: 'x-amzn-errortype', value: edit.errorType }] : (edit.status ?? 400) < 300 ? headers : ex.response.headers,
      body: edit.body ? { text: JSON.stringify(edit.body(json)) } : ex.response.body,
    },
  };
}
