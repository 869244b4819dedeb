import type { Operation } from '../../contract/operation.js';
import { catalog } from '../../contract/catalog.js';
import { isAny, segments } from '../../contract/pointer.js';
import { hidden } from '../../shared/scrub.js';

/** Members never shown in reports or logs: the model's sensitive ones, and every ClientRequestToken. */
function isSecret(op: Operation, parts: readonly string[]): boolean {
  return parts.at(-1) === 'ClientRequestToken' || isAny(parts, op.sensitive.request);
}

/** A copy of a request with secrets replaced by `***`. */
export function redactRequest(op: Operation, value: unknown, parts: readonly string[] = []): unknown {
  if (parts.length > 0 && isSecret(op, parts) && value !== undefined) return hidden;
  if (Array.isArray(value)) return value.map((v, i) => redactRequest(op, v, [...parts, String(i)]));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactRequest(op, v, [...parts, k])]));
  }
  return value;
}

/** Member names that are sensitive somewhere in the contract, for text whose operation is not known. */
const sensitiveNames = new Set(['ClientRequestToken', ...catalog.flatMap((op) => [...op.sensitive.request, ...op.sensitive.response].map((p) => segments(p).at(-1) ?? ''))]);

const namedValue = new RegExp(`"(${[...sensitiveNames].join('|')})"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*"?|[^,}\\]\\s]*)`, 'g');

/** JSON text with every sensitive member's value replaced; in text that does not parse, by pattern. */
export function redactJsonText(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text, (k, v: unknown) => (sensitiveNames.has(k) && v !== null && typeof v !== 'object' ? hidden : v)));
  } catch {
    return text.replace(namedValue, (_, name: string) => `"${name}":"${hidden}"`);
  }
}

/** The values of a request's secret members, to scrub from text that may echo them (answers, SDK messages). */
export function secretsOf(op: Operation, request: unknown, parts: readonly string[] = []): string[] {
  if (parts.length > 0 && isSecret(op, parts)) return typeof request === 'string' && request.length >= 2 ? [request] : [];
  if (Array.isArray(request)) return request.flatMap((v, i) => secretsOf(op, v, [...parts, String(i)]));
  if (request && typeof request === 'object') return Object.entries(request).flatMap(([k, v]) => secretsOf(op, v, [...parts, k]));
  return [];
}
