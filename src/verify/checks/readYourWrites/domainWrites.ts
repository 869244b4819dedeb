import { createDomain, kmsOf } from '../../world/setupSteps.js';
import { prepare } from '../../world/prepare.js';
import { expectThat } from '../../run/property.js';
import { expectSuccess, idIn, resourceNamed, walkPageSize } from '../../world/resources.js';
import type { Json, Scenario } from '../scenario.js';
import { deleteMakesGone, domainKind as k, getReturns, listHolds, writtenDifference } from './readBack.js';

const writtenOf = (r: Record<string, unknown>) => ({ Name: r['Name'], Description: r['Description'], ServerSideEncryptionConfiguration: r['ServerSideEncryptionConfiguration'] });

/** Create answers the domain written, a later Get returns it, and the List holds it. */
export const domainCreate: Scenario = {
  covers: (op) => op.id === 'voice.CreateVoiceProfileDomain',
  async run(ctx, op, generated) {
    const request = await prepare(ctx.target, op, generated);
    const { json } = await expectSuccess(ctx.target, op, request);
    const wrong = writtenDifference(k, json, writtenOf(request), k.name);
    expectThat(wrong === undefined, () => `answered other values than those written: ${wrong}`, request);
    const id = idIn(resourceNamed(json, k.name), 'VoiceProfileDomainId');
    expectThat(id !== undefined, () => 'answered no VoiceProfileDomain.VoiceProfileDomainId', request);
    await getReturns(ctx.target, k, id, writtenOf(request), request);
    expectThat(await listHolds(ctx.target, k, id, {}, request), () => `ListVoiceProfileDomains does not hold the domain just created (${id})`, request);
  },
};

/**
 * Update answers the domain asked for with the values written over those it was created with, and a later Get
 * returns the same: what was not written (the name, the key) stays as it was.
 */
export const domainUpdate: Scenario = {
  covers: (op) => op.id === 'voice.UpdateVoiceProfileDomain',
  async run(ctx, op, generated, coin) {
    const created = { Name: ctx.target.unique('before'), Description: 'as created', ServerSideEncryptionConfiguration: kmsOf(ctx.target) };
    const id = await createDomain(ctx.target, created);
    // An update that writes nothing would compare nothing: the coin picks a member to write then.
    const nothing = generated['Name'] === undefined && generated['Description'] === undefined;
    const request: Json = { ...generated, ...(nothing ? (coin ? { Name: ctx.target.unique('after') } : { Description: 'updated' }) : {}), VoiceProfileDomainId: id };
    const expected = { ...created, ...(request['Name'] !== undefined ? { Name: request['Name'] } : {}), ...(request['Description'] !== undefined ? { Description: request['Description'] } : {}) };
    const { json } = await expectSuccess(ctx.target, op, request);
    const wrong = writtenDifference(k, json, { VoiceProfileDomainId: id, ...expected }, k.name);
    expectThat(wrong === undefined, () => `answered other values than those written over those created: ${wrong}`, request);
    await getReturns(ctx.target, k, id, expected, request);
  },
};

/** After Delete, Get is NotFound and the List no longer holds the domain. */
export const domainDelete = deleteMakesGone(k, async () => ({}));

/** The List holds a domain just created. */
export const domainList: Scenario = {
  covers: (op) => op.id === 'voice.ListVoiceProfileDomains',
  async run(ctx) {
    const id = await createDomain(ctx.target);
    // The walk starts at the first page, walkPageSize at a time: that is the request shown, not the generated one.
    const first = { MaxResults: walkPageSize };
    expectThat(await listHolds(ctx.target, k, id, {}, first), () => `does not hold the domain just created (${id})`, first);
  },
};
