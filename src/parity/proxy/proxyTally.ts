import type { Violation } from '../check/violation.js';

/** What a proxy session saw, summed up for its last lines: exchanges, those with violations, by direction and rule. */
export interface ProxyTally {
  exchange(violations: readonly Violation[]): void;
  trouble(): void;
  lines(): string[];
  /** No violation seen. */
  clean(): boolean;
}

const counted = (m: ReadonlyMap<string, number>): string =>
  [...m]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

export function proxyTally(): ProxyTally {
  let exchanges = 0;
  let faulty = 0;
  let troubles = 0;
  const byDirection = new Map<string, number>();
  const byRule = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  return {
    exchange(violations) {
      exchanges++;
      if (violations.length > 0) faulty++;
      for (const v of violations) (bump(byDirection, v.direction), bump(byRule, v.rule));
    },
    trouble: () => void troubles++,
    clean: () => faulty === 0,
    lines() {
      const total = [...byDirection.values()].reduce((a, b) => a + b, 0);
      const head = `${exchanges} exchange(s) relayed: ${exchanges - faulty} conform, ${faulty} with violations`;
      const out = [total > 0 ? `${head} (${total} violation(s): ${counted(byDirection)}; by rule: ${counted(byRule)})` : head];
      if (troubles > 0) out.push(`${troubles} request(s) got no answer from the upstream or could not be recorded (see the lines above)`);
      return out;
    },
  };
}
