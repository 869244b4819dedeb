import { arbitraries } from '../../arbitraries/index.js';
import { encodeRequest } from '../../wire/encodeRequest.js';
import type { Check } from '../run/check.js';
import { describeAnswer } from '../report/describeAnswer.js';
import { prepare } from '../world/prepare.js';
import { expectThat, propertyOutcome } from '../run/property.js';

/** Members no model has: a newer client, or a sloppy one, may send them; services ignore them. */
const unknown = { XChimeConformanceUnknown: { nested: [1, 'two'] }, futureFlag: true };

export const unknownMembersIgnored: Check = {
  name: 'unknown_members_ignored',
  restsOn: ['validation'],
  summary: 'a valid request with unknown extra JSON members gets the documented status, as without them',
  applies: (op) => op.bindings.some((b) => b.in === 'body') || 'has no JSON body',
  run: (ctx, op) =>
    propertyOutcome(
      ctx,
      'unknown_members_ignored',
      op,
      arbitraries.validRequest(op.id),
      async (generated) => {
        const request = await prepare(ctx.target, op, generated);
        const encoded = encodeRequest(op, request);
        const body = JSON.stringify({ ...(JSON.parse(encoded.body ?? '{}') as object), ...unknown });
        const answer = await ctx.target.raw({ ...encoded, body });
        expectThat(answer.status === op.http.status, () => `with unknown members it answered ${describeAnswer(answer)}; expected ${op.http.status}`, { ...request, ...unknown });
      },
      Math.max(2, Math.ceil(ctx.runs / 4)),
    ),
};
