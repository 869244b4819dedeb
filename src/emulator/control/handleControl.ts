import type { EmulatorCore } from '../core/createCore.js';
import type { RawRequest, RawResponse } from '../wire/types.js';
import { ServiceError } from '../core/serviceError.js';
import { ClockLimitError } from '../core/clockLimit.js';
import { parseJson } from '../../shared/parseJson.js';
import { ControlError, type ControlAnswer, type ControlBody } from './controlRoute.js';
import { matchControlRoute } from './matchControlRoute.js';

/** Requests under this prefix reach the control plane, never an operation. */
export const controlPrefix = '/_chime/';

function bodyOf(bytes: Uint8Array | undefined): ControlBody {
  const text = bytes === undefined ? '' : new TextDecoder().decode(bytes).trim();
  if (text === '') return {};
  const parsed = parseJson(text);
  if (!parsed.ok) throw new ControlError(400, 'the body is not JSON', 'send a JSON object, with content-type application/json');
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ControlError(400, 'the body is not a JSON object', 'send e.g. {"ms":1000}');
  return value as ControlBody;
}

const failure = (status: number, message: string, hint: string, errorType?: string): ControlAnswer => ({
  status,
  body: { message, hint, ...(errorType ? { errorType } : {}) },
});

/**
 * The control plane, with no transport: the HTTP server and the MSW handlers reach it through the wire. A
 * request it cannot act on gets a 4xx with a hint and changes nothing.
 */
export function handleControl(core: EmulatorCore, request: RawRequest, requestId: string, maxBodyBytes: number): RawResponse | Promise<RawResponse> {
  const response = (answer: ControlAnswer): RawResponse => ({
    status: answer.status,
    headers: { 'x-amzn-requestid': requestId, 'content-type': 'application/json' },
    body: JSON.stringify(answer.body),
  });
  const answer = controlAnswer(core, request, maxBodyBytes);
  return answer instanceof Promise ? answer.then(response) : response(answer);
}

/** A refusal the control plane explains, as a 4xx answer; anything else is the emulator's bug and goes on up. */
function refusalOf(e: unknown): ControlAnswer {
  if (e instanceof ControlError) return failure(e.status, e.message, e.hint);
  if (e instanceof ClockLimitError) return failure(400, e.message, 'advance by less, or reset the clock by starting the emulator again (POST /_chime/reset keeps the time)');
  if (e instanceof ServiceError) return failure(e.status, `chime-conformance control plane: ${e.message}`, 'GET /_chime/state lists what exists', e.type);
  throw e;
}

function controlAnswer(core: EmulatorCore, request: RawRequest, maxBodyBytes: number): ControlAnswer | Promise<ControlAnswer> {
  const [path = '', search = ''] = request.target.split(/\?(.*)/s);
  try {
    const { route, labels } = matchControlRoute(request.method, path);
    // The HTTP adapter keeps at most one byte past the limit: an oversized body is said to be one, not "not JSON".
    if ((request.body?.length ?? 0) > maxBodyBytes) throw new ControlError(400, `the body exceeds ${maxBodyBytes} bytes`, 'control bodies are small JSON objects');
    const answer = route.run(core, labels, bodyOf(request.body), new URLSearchParams(search));
    return answer instanceof Promise ? answer.catch(refusalOf) : answer;
  } catch (e) {
    return refusalOf(e);
  }
}
