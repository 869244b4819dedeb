import type { AcceptEntry } from './acceptList.js';
import type { Difference } from './difference.js';

const glob = (pattern: string): RegExp => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/** Whether `path` is the entry's pointer or lies below it, `*` standing for any one segment. */
function under(pattern: string, path: string): boolean {
  const want = pattern.split('/');
  const got = path.split('/');
  return want.length <= got.length && want.every((w, i) => w === '*' || w === got[i]);
}

const matches = (e: AcceptEntry, operation: string, d: Difference): boolean => e.kind === d.kind && glob(e.operation).test(operation) && (e.path === undefined || under(e.path, d.path));

/**
 * Judges differences against an accept list, and remembers which entries were used: entries without a reason
 * accept nothing (an acceptance must say why), and an entry that matched nothing by the end is stale.
 */
export function acceptance(entries: readonly AcceptEntry[]) {
  const used = new Set<AcceptEntry>();
  const valid = entries.filter((e) => e.reason !== undefined);
  return {
    /** The entry that accepts this difference of this operation, if any. */
    accepting(operation: string, d: Difference): AcceptEntry | undefined {
      const e = valid.find((x) => matches(x, operation, d));
      if (e) used.add(e);
      return e;
    },
    reasonless: entries.filter((e) => e.reason === undefined),
    stale: (): AcceptEntry[] => valid.filter((e) => !used.has(e)),
  };
}
