import type { WireAnswer } from './rawClient.js';
import { redactJsonText } from './redact.js';

/** `409 ConflictException: "…"`: an answer in one line for failure messages. */
export function describeAnswer(a: WireAnswer): string {
  const type = a.headers['x-amzn-errortype'];
  const text = redactJsonText(a.body);
  const body = text.length > 160 ? `${text.slice(0, 157)}...` : text;
  return `${a.status}${type ? ` ${type}` : ''}${body ? ` ${body}` : ''}`;
}
