import type { WireAnswer } from '../reach/rawClient.js';
import { redactJsonText } from './redact.js';
import { safeText } from './safeText.js';

/** `409 ConflictException: "…"`: an answer in one line for failure messages. */
export function describeAnswer(a: WireAnswer): string {
  const type = a.headers['x-amzn-errortype'];
  const text = redactJsonText(a.body);
  // Escaped after the cut, so an escape is never cut in half; the answer's own bytes never reach a terminal.
  const body = safeText(text.length > 160 ? `${text.slice(0, 157)}...` : text);
  return `${a.status}${type ? ` ${safeText(type)}` : ''}${body ? ` ${body}` : ''}`;
}
