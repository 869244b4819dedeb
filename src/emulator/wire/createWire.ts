import type { Operation, ServiceName } from '../../contract/operation.js';
import { validateRequest } from '../../contract/validate.js';
import { decodeRequest } from '../../wire/decodeRequest.js';
import { controlPrefix, handleControl } from '../control/handleControl.js';
import { route } from '../../wire/route.js';
import type { EmulatorCore } from '../core/createCore.js';
import { actedOn } from './actedOn.js';
import { errorBody } from './errorBody.js';
import { delay, faultGate, noFaults, type FaultOptions } from './faults.js';
import { readBody } from './readBody.js';
import type { Exchange, RawRequest, RawResponse } from './types.js';
import { validationMessage } from './validationMessage.js';

export interface WireOptions {
  /** Larger bodies get 400 BadRequestException. Default 1 MiB. */
  readonly maxBodyBytes: number;
  readonly faults: FaultOptions;
  /** Checks a request before it reaches an operation (SigV4): an error answer, or undefined to go on. */
  readonly authenticate?: (request: RawRequest) => { type: string; status: number; message: string } | undefined;
  readonly onExchange?: (exchange: Exchange) => void;
  /** Answer the control plane under /_chime/ (default true); off, those paths are unknown operations. */
  readonly controlPlane: boolean;
  /** Refuses control requests from where they must not come (the HTTP server's Origin and Host checks): 403. */
  readonly controlGuard?: (request: RawRequest) => { readonly message: string; readonly hint: string } | undefined;
  /** Control requests must pass `authenticate` too (serve --auth strict on an address other than loopback). */
  readonly controlAuthenticated?: boolean;
}

export interface Wire {
  readonly core: EmulatorCore;
  handle(request: RawRequest): Promise<RawResponse>;
  /** handle without the Promise: the answer itself, unless a latency fault delays it. For adapters on a hot path. */
  respond(request: RawRequest): RawResponse | Promise<RawResponse>;
}

/** A host such as `voice-chime.us-east-1.amazonaws.com` selects a service; any other host reaches both. */
function serviceOfHost(host: string | undefined): ServiceName | undefined {
  if (host?.startsWith('media-pipelines-chime.')) return 'media-pipelines';
  if (host?.startsWith('voice-chime.')) return 'voice';
  return undefined;
}

/** Shared by every request without a query; only ever read. */
const noQuery = new URLSearchParams();

type Outcome = { status: number; body?: unknown; errorType?: string; service?: ServiceName | undefined };

/** An error outcome; built as one literal (no spreads), since every refused request makes one. */
function fail(op: Operation | undefined, type: string, status: number, message: string, service?: ServiceName): Outcome & { op?: Operation } {
  return op ? { status, errorType: type, body: { message }, service: op.service, op } : { status, errorType: type, body: { message }, service };
}

/** restJson1 over the emulator core, with no transport: the HTTP server and the MSW handlers both call this. */
export function createWire(core: EmulatorCore, given: Partial<WireOptions> = {}): Wire {
  const options: WireOptions = { maxBodyBytes: 1024 * 1024, faults: noFaults, controlPlane: true, ...given };
  const faults = faultGate(options.faults);

  function answer(request: RawRequest): Outcome & { op?: Operation } {
    const mark = request.target.indexOf('?');
    const rawPath = mark < 0 ? request.target : request.target.slice(0, mark);
    const query = mark < 0 ? noQuery : new URLSearchParams(request.target.slice(mark + 1));
    const hostService = serviceOfHost(request.headers['host']);
    const matched = route(request.method, rawPath, query, hostService);
    // Signature first, as AWS does: a path or query changed after signing is a 403, not a 404 about the route.
    const denied = options.authenticate?.(request);
    if (denied) return fail(matched?.op, denied.type, denied.status, denied.message, hostService);
    // semantics: malformedRequests
    if (!matched) return fail(undefined, 'UnknownOperationException', 404, `No operation answers ${request.method} ${rawPath}. Check the method, the path and the operation= query.`, hostService);
    const { op } = matched;
    const fault = faults(op.id);
    if (fault) return fail(op, fault.type, fault.type === 'ThrottledClientException' ? 429 : 503, fault.message);
    if ((request.body?.length ?? 0) > options.maxBodyBytes) return fail(op, 'BadRequestException', 400, `The request body exceeds ${options.maxBodyBytes} bytes.`);
    const body = readBody(op, request.body, request.headers['content-type']);
    if (!body.ok) return fail(op, 'BadRequestException', 400, body.message);
    const input = decodeRequest(op, { labels: matched.labels, query, body: body.value });
    const validation = validateRequest(op.id, input);
    // semantics: validation
    if (!validation.valid) return fail(op, 'BadRequestException', 400, validationMessage(validation.issues));
    const result = core.invoke(op.id, actedOn(op, input));
    if (!result.ok) return fail(op, result.error.type, result.error.status, result.error.message);
    return { status: op.http.status, body: result.output, op };
  }

  /** A 403 for a control request the guard or, where asked, the signature check refuses. */
  function controlRefusal(request: RawRequest, requestId: string): RawResponse | undefined {
    const guarded = options.controlGuard?.(request);
    const unsigned = options.controlAuthenticated ? options.authenticate?.(request) : undefined;
    const refusal =
      guarded ??
      (unsigned ? { message: `the control plane needs a signed request here: ${unsigned.message}`, hint: 'sign control requests as API requests (SigV4), or serve on 127.0.0.1' } : undefined);
    if (!refusal) return undefined;
    return { status: 403, headers: { 'x-amzn-requestid': requestId, 'content-type': 'application/json' }, body: JSON.stringify(refusal) };
  }

  function respond(request: RawRequest): RawResponse | Promise<RawResponse> {
    // The clock is read only for a listener: most servers have none, and it is two calls per request.
    const started = options.onExchange ? performance.now() : 0;
    const requestId = core.options.newId();
    // The control plane answers whatever --auth says: it is how a test sets the emulator up, not an AWS API.
    if (options.controlPlane && request.target.startsWith(controlPrefix)) {
      const answered = (control: RawResponse): RawResponse => {
        options.onExchange?.({ requestId, method: request.method, target: request.target, operation: 'control', status: control.status, errorType: undefined, ms: performance.now() - started });
        return control;
      };
      const control = controlRefusal(request, requestId) ?? handleControl(core, request, requestId, options.maxBodyBytes);
      return control instanceof Promise ? control.then(answered) : answered(control);
    }
    const outcome = answer(request);
    const delayed = delay(options.faults.latencyMs);
    return delayed ? delayed.then(() => reply(request, outcome, requestId, started)) : reply(request, outcome, requestId, started);
  }

  function reply(request: RawRequest, outcome: Outcome & { op?: Operation }, requestId: string, started: number): RawResponse {
    const headers: Record<string, string> = { 'x-amzn-requestid': requestId };
    let text: string | undefined;
    if (outcome.errorType) {
      headers['x-amzn-errortype'] = outcome.errorType;
      text = JSON.stringify(errorBody(outcome.service, outcome.errorType, (outcome.body as { message: string }).message, requestId));
    } else if (outcome.body !== undefined) text = JSON.stringify(outcome.body);
    if (text !== undefined) headers['content-type'] = 'application/json';
    options.onExchange?.({
      requestId,
      method: request.method,
      target: request.target,
      operation: outcome.op?.id,
      status: outcome.status,
      errorType: outcome.errorType,
      ms: performance.now() - started,
    });
    return { status: outcome.status, headers, body: text };
  }

  return {
    core,
    respond,
    async handle(request) {
      return respond(request);
    },
  };
}
