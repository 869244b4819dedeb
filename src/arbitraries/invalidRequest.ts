import { memoize } from './_internals/memoize.js';
import fc from 'fast-check';
import { getOperation } from '../contract/catalog.js';
import type { Rule } from '../contract/rules.js';
import { setAt } from './_internals/setAt.js';
import { stablePick } from './_internals/stablePick.js';
import { sitesOf } from './_internals/sites.js';
import { mutations } from './mutations.js';
import type { Mutation } from './_internals/mutation.js';
import type { Site } from './_internals/sites.js';
import type { Operation } from '../contract/operation.js';
import { validRequest } from './validRequest.js';
import { encodeRequest, type EncodedRequest } from '../wire/encodeRequest.js';

export type { Site };

/** A request that breaks exactly one rule, saying which, where, and what a conforming service answers. */
export interface InvalidRequest {
  /** SDK-style input; for a non-object body, that body itself (what validateRequest sees after decoding). */
  readonly request: unknown;
  /** The HTTP request that carries the mutation, labels and query included: what to send. */
  readonly wire: EncodedRequest;
  readonly mutation: { readonly name: string; readonly rule: Rule; readonly path: string };
  readonly expect: { readonly status: 400; readonly errorType: 'BadRequestException' };
}

const expectBadRequest = { status: 400, errorType: 'BadRequestException' } as const;

/** The mutations that apply to a valid request, each with the sites where it truly breaks the contract. */
export function mutationChoices(op: Operation, valid: unknown): { m: Mutation; at: Site[] }[] {
  const sites = sitesOf(op, valid);
  return mutations.map((m) => ({ m, at: sites.filter((site) => m.applies(site)) })).filter((c) => c.at.length > 0);
}

/** The invalid case that puts `value` at `site` of a valid request. */
export function invalidCase(op: Operation, valid: unknown, m: Mutation, site: Site, value: unknown): InvalidRequest {
  const request = setAt(valid, site.path, value);
  // A non-object body keeps the request's labels and query: only the body is replaced.
  const wire = site.path === '' ? { ...encodeRequest(op, valid), body: JSON.stringify(value) } : encodeRequest(op, request);
  return { request, wire, mutation: { name: m.name, rule: m.rule, path: site.path }, expect: expectBadRequest };
}

interface Picked {
  readonly valid: unknown;
  readonly m: Mutation;
  readonly site: Site;
}

/** Requests built from a valid one by one mutation of the catalog, at a site where it truly breaks the contract. */
export const invalidRequest: (id: string) => fc.Arbitrary<InvalidRequest> = memoize((id) => {
  const op = getOperation(id);
  // Mutation first, then site: rare mutations (Tags []) come up as often as common ones. Both are picked by
  // name and path, not by position, so shrinking the valid request keeps the mutation and site a failure needs
  // (picked by index, dropping one member moved the pick, and 200-character neighbours never shrank).
  return (
    fc
      .tuple(validRequest(id), fc.nat(), fc.nat())
      .map(([valid, mutationDraw, siteDraw]): Picked | undefined => {
        const choice = stablePick(mutationChoices(op, valid), (c) => c.m.name, mutationDraw);
        const site = choice && stablePick(choice.at, (s) => s.path, siteDraw);
        return choice && site && { valid, m: choice.m, site };
      })
      // A request with nothing to break (ListVoiceProfileDomains with no members) is drawn again.
      .filter((c): c is Picked => c !== undefined)
      .chain(({ valid, m, site }) => m.values(site).map((value) => invalidCase(op, valid, m, site, value)))
  );
});
