import { memoize } from './_internals/memoize.js';
import fc from 'fast-check';
import { getOperation } from '../contract/catalog.js';
import type { Rule } from '../contract/rules.js';
import { setAt } from './_internals/setAt.js';
import { sitesOf } from './_internals/sites.js';
import { mutations } from './mutations.js';
import { validRequest } from './validRequest.js';
import { encodeRequest, type EncodedRequest } from '../wire/encodeRequest.js';

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

/** Requests built from a valid one by one mutation of the catalog, at a site where it truly breaks the contract. */
export const invalidRequest: (id: string) => fc.Arbitrary<InvalidRequest> = memoize((id) => {
  const op = getOperation(id);
  const applicable = (valid: unknown) => {
    const sites = sitesOf(op, valid);
    return mutations.map((m) => ({ m, at: sites.filter((site) => m.applies(site)) })).filter((c) => c.at.length > 0);
  };
  // A request with nothing to break (ListVoiceProfileDomains with no members) is drawn again.
  return validRequest(id).filter((valid) => applicable(valid).length > 0).chain((valid) => {
    // Mutation first, then site: rare mutations (Tags []) come up as often as common ones.
    return fc.constantFrom(...applicable(valid)).chain(({ m, at }) =>
      fc.constantFrom(...at).chain((site) =>
        m.values(site).map((value) => ({
          request: setAt(valid, site.path, value),
          wire: site.path === '' ? { ...encodeRequest(op, valid), body: JSON.stringify(value) } : encodeRequest(op, setAt(valid, site.path, value)),
          mutation: { name: m.name, rule: m.rule, path: site.path },
          expect: expectBadRequest,
        })),
      ),
    );
  });
});
