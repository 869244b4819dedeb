import type { AnswerLimits } from '../reach/answerLimits.js';
import { parseJson } from '../../shared/parseJson.js';

/** A setup source that failed or answered what the protocol does not allow: the run cannot trust its world. */
export class SetupFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SetupFailed';
  }
}

export type Json = Readonly<Record<string, unknown>>;
/** Sends one request of the setup protocol (schemas/setup/request.json) and answers its JSON object. */
export type SetupSend = (request: Json) => Promise<Json>;

const shown = (text: string) => text.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 300);

/** Why a hook refused, from its `{message, hint}` body or the body itself. */
function refusal(status: number, text: string): string {
  const parsed = parseJson(text);
  const body = parsed.ok && parsed.value && typeof parsed.value === 'object' ? (parsed.value as Json) : {};
  const message = typeof body['message'] === 'string' ? body['message'] : text;
  const hint = typeof body['hint'] === 'string' ? ` (hint: ${body['hint']})` : '';
  return `${status} ${shown(message)}${shown(hint)}`;
}

/**
 * The protocol over HTTP: one JSON POST per request, within the run's request deadline and answer cap, never
 * following a redirect (a hook that moves is misconfigured, and a redirect could point anywhere).
 */
export function setupClient(url: string, limits: AnswerLimits): SetupSend {
  return async (request) => {
    const what = String(request['action']);
    let res: Response;
    try {
      const init = { method: 'POST', redirect: 'manual', body: JSON.stringify(request), headers: { 'content-type': 'application/json' } } as const;
      res = await fetch(url, { ...init, signal: AbortSignal.timeout(limits.requestTimeoutMs) });
    } catch (e) {
      const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name;
      throw new SetupFailed(`the setup hook ${url} did not answer ${what} (${cause})`);
    }
    const length = Number(res.headers.get('content-length') ?? 0);
    if (length > limits.maxAnswerBytes) throw new SetupFailed(`the setup hook answered ${what} with ${length} bytes, over --max-answer-bytes`);
    const text = await res.text();
    if (res.status < 200 || res.status > 299) throw new SetupFailed(`the setup hook refused ${what}: ${refusal(res.status, text)}`);
    const parsed = parseJson(text);
    if (!parsed.ok || !parsed.value || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) throw new SetupFailed(`the setup hook answered ${what} with no JSON object: ${shown(text)}`);
    return parsed.value as Json;
  };
}
