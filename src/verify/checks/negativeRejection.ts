import { arbitraries } from '../../arbitraries/index.js';
import { invalidRequestSweep } from '../../arbitraries/invalidRequestSweep.js';
import type { Check } from '../run/check.js';
import { describeAnswer } from '../report/describeAnswer.js';
import { sdkErrorType } from './errorType.js';
import { expectThat, propertyOutcome } from '../run/property.js';

export const negativeRejection: Check = {
  name: 'negative_rejection',
  restsOn: ['validation'],
  summary: 'each request that breaks one rule (every mutation at every site once, then random ones) gets 400 BadRequestException',
  applies: () => true,
  run: (ctx, op) =>
    propertyOutcome(
      ctx,
      'negative_rejection',
      op,
      arbitraries.invalidRequest(op.id),
      async (c) => {
        const answer = await ctx.target.raw(c.wire);
        const type = sdkErrorType(answer);
        const broke = `${c.mutation.rule} at ${c.mutation.path || '/'} (${c.mutation.name})`;
        expectThat(answer.status === 400 && type === 'BadRequestException', () => `breaking ${broke} got ${describeAnswer(answer)}; expected 400 BadRequestException`, c.request, c.wire);
      },
      ctx.runs,
      invalidRequestSweep(op.id, ctx.seed),
    ), // the same examples on replay, so paths line up
};
