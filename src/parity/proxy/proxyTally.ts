import type { Violation } from '../check/violation.js';

/** What a proxy session saw, summed up for its last lines: exchanges, those with violations, by direction and rule. */
export interface ProxyTally {
  /** An exchange relayed, with all its violations and those of them that are findings (check/findings.ts). */
  exchange(violations: readonly Violation[], findings: readonly Violation[]): void;
  trouble(): void;
  lines(): string[];
  /** No finding seen: requests the upstream refused as the contract would do not count (a negative test is fine). */
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
  let found = 0;
  let troubles = 0;
  const byDirection = new Map<string, number>();
  const byRule = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  return {
    exchange(violations, findings) {
      exchanges++;
      if (violations.length > 0) faulty++;
      if (findings.length > 0) found++;
      for (const v of violations) (bump(byDirection, v.direction), bump(byRule, v.rule));
    },
    trouble: () => void troubles++,
    clean: () => found === 0,
    lines() {
      const total = [...byDirection.values()].reduce((a, b) => a + b, 0);
      const head = `${exchanges} exchange(s) relayed: ${exchanges - faulty} conform, ${faulty} with violations`;
      const out = [total > 0 ? `${head} (${total} violation(s): ${counted(byDirection)}; by rule: ${counted(byRule)})` : head];
      if (faulty > found)
        out.push(`${faulty - found} of them only by requests the upstream refused as the contract would (the client's mistakes, where both agree: not counted against the exit code)`);
      if (troubles > 0) out.push(`${troubles} request(s) got no answer from the upstream or could not be recorded (see the lines above)`);
      return out;
    },
  };
}
