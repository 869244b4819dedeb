import { parseJson } from '../../../shared/parseJson.js';
import type { Unwrapped } from './envelope.js';

export const isObject = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A member of an object, or undefined when the value is no object: records are read without trusting them. */
export const memberOf = (value: unknown, key: string): unknown => (isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined);

/** The first element of a list member: AWS never mixes sources in one batch, so it is enough to tell the envelope. */
export function firstOf(value: unknown, key: string): unknown {
  const list = memberOf(value, key);
  return Array.isArray(list) ? (list[0] as unknown) : undefined;
}

/** Reads each element of a list member at its place (`Records[3]`), in order. */
export function eachOf(value: unknown, key: string, read: (element: unknown, place: string) => Unwrapped): Unwrapped[] {
  const list = memberOf(value, key);
  return Array.isArray(list) ? list.map((element: unknown, i) => read(element, `${key}[${i}]`)) : [];
}

const kindOf = (v: unknown): string => (v === undefined ? 'missing' : v === null ? 'null' : Array.isArray(v) ? 'an array, not text' : `a ${typeof v}, not text`);

/** A payload written as JSON text (an SQS body, an SNS Message). */
export function jsonAt(place: string, text: unknown): Unwrapped {
  if (typeof text !== 'string') return { place, problem: `is not JSON: ${kindOf(text)}` };
  const parsed = parseJson(text);
  return parsed.ok ? { place, payload: parsed.value } : { place, problem: `is not JSON: ${parsed.message}` };
}

// Buffer.from skips what is not base64 instead of failing, so the alphabet and the padding are checked first.
const base64 = /^[A-Za-z0-9+/]*={0,2}$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decoded(data: unknown): { text: string } | { why: string } {
  if (typeof data !== 'string') return { why: kindOf(data) };
  if (data.length % 4 !== 0 || !base64.test(data)) return { why: 'characters outside the base64 alphabet, or a length that is no multiple of 4' };
  try {
    return { text: utf8.decode(Buffer.from(data, 'base64')) };
  } catch {
    return { why: 'the decoded bytes are not UTF-8' };
  }
}

/** A payload written as the base64 of JSON text (a Kinesis or Firehose record's data). */
export function base64JsonAt(place: string, data: unknown): Unwrapped {
  const text = decoded(data);
  if ('why' in text) return { place, problem: `is not base64 JSON: ${text.why}` };
  const parsed = parseJson(text.text);
  return parsed.ok ? { place, payload: parsed.value } : { place, problem: `is not base64 JSON: ${parsed.message}` };
}
