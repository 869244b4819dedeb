import { buildQueryString, HttpResponse } from '@smithy/core/protocols';
import type { SendRaw } from './rawClient.js';

/** The parts of the SDK's HttpRequest a handler sends. */
interface SdkRequest {
  readonly method: string;
  readonly path: string;
  readonly query?: Record<string, string | string[] | null>;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
}

// A view of the bytes, not Buffer.from(body): the SDK's JSON body warns when it is read as a string.
const textOf = (body: unknown): string | undefined => {
  if (body === undefined || body === null || typeof body === 'string') return body ?? undefined;
  const bytes = body as Uint8Array;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
};

/**
 * The AWS SDK's request handler over a SendRaw: the request the SDK built and signed (path, query as the SDK's
 * own handler writes it, headers, body) goes to `send`, and the answer comes back as the HttpResponse the SDK's
 * deserializers read. The embedded run's SDK calls take it to reach the emulator's wire in the emulator's own
 * thread; any other endpoint gets the SDK's own Node handler.
 */
export class RawSdkHandler {
  readonly metadata = { handlerProtocol: 'http/1.1' };

  constructor(private readonly send: SendRaw) {}

  async handle(request: SdkRequest): Promise<{ response: HttpResponse }> {
    const query = request.query ? buildQueryString(request.query) : '';
    const answer = await this.send({ method: request.method, target: request.path + (query ? `?${query}` : ''), headers: request.headers, body: textOf(request.body) });
    return { response: new HttpResponse({ statusCode: answer.status, headers: { ...answer.headers }, body: Buffer.from(answer.body) }) };
  }

  updateHttpClientConfig(): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }

  destroy(): void {}
}
