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

/** Setup answers are a few hundred bytes: a hook that sends more than this is not speaking the protocol. */
const maxSetupAnswer = 64 * 1024;

/** The body as text, or undefined once it grows past the cap (the rest is not read). */
async function cappedText(res: Response): Promise<string | undefined> {
  const reader = res.body?.getReader();
  if (!reader) return '';
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(parts).toString('utf8');
    size += value.length;
    if (size > maxSetupAnswer) return void (await reader.cancel().catch(() => undefined));
    parts.push(value);
  }
}

/** Where a hook is, for messages: its origin and path, never a query string that may carry a token. */
const shownUrl = (url: string): string => {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
};

/** One exchange: the status and the body's text (undefined when over the cap); any failure of the connection throws. */
async function exchange(url: string, request: Json, timeoutMs: number): Promise<{ status: number; text: string | undefined }> {
  const init = { method: 'POST', redirect: 'manual', body: JSON.stringify(request), headers: { 'content-type': 'application/json' } } as const;
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  return { status: res.status, text: await cappedText(res) };
}

/**
 * The protocol over HTTP: one JSON POST per request, answered in full within the run's request deadline and in
 * at most 64 KiB, never following a redirect (a hook that moves is misconfigured, and a redirect could point
 * anywhere).
 */
export function setupClient(url: string, limits: AnswerLimits): SetupSend {
  const where = shownUrl(url);
  return async (request) => {
    const what = String(request['action']);
    let got: Awaited<ReturnType<typeof exchange>>;
    try {
      got = await exchange(url, request, limits.requestTimeoutMs);
    } catch (e) {
      const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name;
      throw new SetupFailed(`the setup hook ${where} did not answer ${what} in full within ${limits.requestTimeoutMs / 1000} s (${cause})`);
    }
    const { status, text } = got;
    if (text === undefined) throw new SetupFailed(`the setup hook ${where} answered ${what} with more than ${maxSetupAnswer} bytes`);
    if (status < 200 || status > 299) throw new SetupFailed(`the setup hook ${where} refused ${what}: ${refusal(status, text)}`);
    const parsed = parseJson(text);
    if (!parsed.ok || !parsed.value || typeof parsed.value !== 'object' || Array.isArray(parsed.value))
      throw new SetupFailed(`the setup hook ${where} answered ${what} with no JSON object: ${shown(text)}`);
    return parsed.value as Json;
  };
}
