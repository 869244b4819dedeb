import { catalog } from '../contract/catalog.js';
import type { Operation } from '../contract/operation.js';
import { escapeRegex } from '../shared/escapeRegex.js';

interface CompiledRoute {
  readonly op: Operation;
  readonly pattern: RegExp;
  readonly labels: readonly string[];
  readonly query: readonly (readonly [string, string])[];
}

/** A path template as a regex: each `{label}` one non-empty segment, captured still percent-encoded. */
function compile(op: Operation): CompiledRoute {
  const labels: string[] = [];
  const source = op.http.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const label = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (label === undefined) return escapeRegex(part);
      labels.push(label);
      return '([^/]+)';
    })
    .join('');
  return { op, pattern: new RegExp(`^${source}$`), labels, query: Object.entries(op.http.query) };
}

/** The routes of each method, in catalog order: a request is tried only against its own method's. */
const byMethod = new Map<string, CompiledRoute[]>();
for (const r of catalog.map(compile)) byMethod.set(r.op.http.method, [...(byMethod.get(r.op.http.method) ?? []), r]);

export interface RouteMatch {
  readonly op: Operation;
  /** Label values by wire name, percent-decoded. */
  readonly labels: Readonly<Record<string, string>>;
}

function literalQueryHolds(r: CompiledRoute, query: URLSearchParams): boolean {
  for (const [k, v] of r.query) if (query.get(k) !== v) return false;
  return true;
}

// Most labels are IDs with nothing encoded: decoding them would only copy them.
const decodeLabel = (text: string): string => (text.includes('%') ? decodeURIComponent(text) : text);

/**
 * The operation a request addresses: method, raw (still encoded) path and literal query, optionally only
 * among one service's operations. Labels are split off before decoding, so `%2F` stays inside a label.
 */
export function route(method: string, rawPath: string, query: URLSearchParams, service?: string): RouteMatch | undefined {
  for (const r of byMethod.get(method) ?? []) {
    if (service !== undefined && r.op.service !== service) continue;
    if (!literalQueryHolds(r, query)) continue;
    const m = r.pattern.exec(rawPath);
    if (!m) continue;
    const labels: Record<string, string> = {};
    try {
      for (let i = 0; i < r.labels.length; i++) labels[r.labels[i] as string] = decodeLabel(m[i + 1] ?? '');
    } catch {
      return undefined; // malformed percent-encoding addresses nothing
    }
    return { op: r.op, labels };
  }
  return undefined;
}
