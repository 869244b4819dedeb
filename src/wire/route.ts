import { catalog } from '../contract/catalog.js';
import type { Operation } from '../contract/operation.js';

interface CompiledRoute {
  readonly op: Operation;
  readonly pattern: RegExp;
  readonly labels: readonly string[];
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A path template as a regex: each `{label}` one non-empty segment, captured still percent-encoded. */
function compile(op: Operation): CompiledRoute {
  const labels: string[] = [];
  const source = op.http.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const label = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (label === undefined) return escapeRegExp(part);
      labels.push(label);
      return '([^/]+)';
    })
    .join('');
  return { op, pattern: new RegExp(`^${source}$`), labels };
}

const routes = catalog.map(compile);

export interface RouteMatch {
  readonly op: Operation;
  /** Label values by wire name, percent-decoded. */
  readonly labels: Readonly<Record<string, string>>;
}

const literalQueryHolds = (op: Operation, query: URLSearchParams): boolean =>
  Object.entries(op.http.query).every(([k, v]) => query.get(k) === v);

/**
 * The operation a request addresses: method, raw (still encoded) path and literal query, optionally only
 * among one service's operations. Labels are split off before decoding, so `%2F` stays inside a label.
 */
export function route(method: string, rawPath: string, query: URLSearchParams, service?: string): RouteMatch | undefined {
  for (const r of routes) {
    if (r.op.http.method !== method || (service !== undefined && r.op.service !== service)) continue;
    const m = r.pattern.exec(rawPath);
    if (!m || !literalQueryHolds(r.op, query)) continue;
    try {
      return { op: r.op, labels: Object.fromEntries(r.labels.map((name, i) => [name, decodeURIComponent(m[i + 1] ?? '')])) };
    } catch {
      return undefined; // malformed percent-encoding addresses nothing
    }
  }
  return undefined;
}
