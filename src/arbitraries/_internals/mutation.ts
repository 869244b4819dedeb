import type fc from 'fast-check';
import type { Rule } from '../../contract/rules.js';
import type { Site } from './sites.js';

/**
 * One way to break a valid request. `applies` admits only the sites where the result truly breaks the
 * contract, and breaks only `rule` there; `values` gives the replacement (or `absent`) for such a site.
 */
export interface Mutation {
  readonly name: string;
  readonly rule: Rule;
  applies(site: Site): boolean;
  values(site: Site): fc.Arbitrary<unknown>;
  /** The value right past the limit (ChannelId 2, 129 digits), which a deterministic sweep tries first. */
  boundary?(site: Site): unknown;
}
