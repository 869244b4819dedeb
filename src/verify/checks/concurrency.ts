import { arbitraries } from '../../arbitraries/index.js';
import type { Check } from '../run/check.js';
import { describeAnswer } from '../report/describeAnswer.js';
import { prepare } from '../world/prepare.js';
import { expectThat, propertyOutcome } from '../run/property.js';
import { call } from '../reach/target.js';
import { resourceId, takesToken } from './idempotency.js';

const parallel = 8;

export const concurrency: Check = {
  name: 'concurrency',
  restsOn: ['idempotency'],
  summary: `${parallel} concurrent requests with one ClientRequestToken and one input make exactly one resource`,
  applies: (op) => takesToken(op) || 'takes no ClientRequestToken',
  safeOnAccount: `a burst of ${parallel} requests at once per case, which a real account's rate limits throttle`,
  run: (ctx, op) =>
    propertyOutcome(
      ctx,
      'concurrency',
      op,
      arbitraries.validRequest(op.id),
      async (generated) => {
        const request = { ...(await prepare(ctx.target, op, generated)), ClientRequestToken: ctx.target.unique('token') };
        const answers = await Promise.all(Array.from({ length: parallel }, () => call(ctx.target, op.id, request)));
        const bad = answers.find((a) => a.answer.status !== op.http.status);
        expectThat(bad === undefined, () => `one of ${parallel} concurrent twins answered ${bad ? describeAnswer(bad.answer) : ''}`, request);
        const ids = new Set(answers.map((a) => resourceId(op, a)));
        expectThat(
          [...ids].every((id) => id !== undefined),
          () => `the answers name no resource (no ID): ${describeAnswer(answers[0]?.answer ?? { status: 0, headers: {}, body: '' })}`,
          request,
        );
        expectThat(ids.size === 1, () => `${parallel} concurrent twins made ${ids.size} resources`, request);
      },
      Math.max(1, Math.ceil(ctx.runs / 8)),
    ),
};
