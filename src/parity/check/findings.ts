import type { Violation } from './violation.js';

/**
 * The violations of an exchange that say something against the upstream or the contract. A request the contract
 * rejects that the upstream refused too (4xx) is the client's mistake, on which both agree: a negative test
 * passing through the proxy, not a finding.
 */
export const findings = (violations: readonly Violation[], status: number): Violation[] => violations.filter((v) => !(v.direction === 'request' && status >= 400 && status < 500));
