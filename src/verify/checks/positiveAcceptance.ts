import { arbitraries } from '../../arbitraries/index.js';
import type { Check } from '../run/check.js';
import { describeAnswer } from '../report/describeAnswer.js';
import { prepare } from '../world/prepare.js';
import { expectThat, propertyOutcome } from '../run/property.js';
import { acceptedAnswerProblem } from './acceptedAnswer.js';

export const positiveAcceptance: Check = {
  name: 'positive_acceptance',
  restsOn: ['validation'],
  summary:
    'valid requests, sent with the AWS SDK v3, get exactly the documented status (201, 200 or 204) and an answer the SDK reads, carrying the resource asked for or written (its ID, the values written, the call and isCaller asked)',
  applies: () => true,
  run: (ctx, op) =>
    propertyOutcome(ctx, 'positive_acceptance', op, arbitraries.validRequest(op.id), async (generated) => {
      const request = await prepare(ctx.target, op, generated);
      const { answer, output, error } = await ctx.target.sdk(op, request);
      expectThat(answer.status === op.http.status, () => `answered ${describeAnswer(answer)}; the contract says ${op.http.status}`, request);
      expectThat(error === undefined, () => `the AWS SDK could not read the answer: ${error?.name}: ${error?.message}`, request);
      const problem = acceptedAnswerProblem(op, request, output);
      expectThat(problem === undefined, () => `${problem}: ${describeAnswer(answer)}`, request);
    }),
};
