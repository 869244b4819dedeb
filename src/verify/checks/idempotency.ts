import fc from 'fast-check';
import { arbitraries } from '../../arbitraries/index.js';
import type { Operation } from '../../contract/operation.js';
import type { Check } from '../run/check.js';
import { describeAnswer } from '../report/describeAnswer.js';
import { sdkErrorType } from './errorType.js';
import { prepare } from '../world/prepare.js';
import { expectThat, propertyOutcome } from '../run/property.js';
import { call, type Called } from '../reach/target.js';
import { resourceIdIn } from '../world/resources.js';

export const takesToken = (op: Operation) => op.bindings.some((b) => b.member === 'ClientRequestToken');

/** The ID of the resource an answer describes; undefined when it names none, and two of those are not "the same resource". */
export const resourceId = (op: Operation, c: Called): string | undefined => resourceIdIn(op, c.json);

export const idempotency: Check = {
  name: 'idempotency',
  restsOn: ['idempotency'],
  summary: 'the same ClientRequestToken with the same input returns the same resource; with another input, 409 ConflictException',
  applies: (op) => takesToken(op) || 'takes no ClientRequestToken',
  run: (ctx, op) =>
    propertyOutcome(
      ctx,
      'idempotency',
      op,
      fc.tuple(arbitraries.validRequest(op.id), arbitraries.validRequest(op.id)),
      async ([a, b]) => {
        const token = ctx.target.unique('token');
        const first = { ...(await prepare(ctx.target, op, a)), ClientRequestToken: token };
        const one = await call(ctx.target, op.id, first);
        const two = await call(ctx.target, op.id, first);
        expectThat(
          one.answer.status === op.http.status && two.answer.status === op.http.status,
          () => `repeating a request answered ${describeAnswer(one.answer)}, then ${describeAnswer(two.answer)}`,
          first,
        );
        expectThat(resourceId(op, one) !== undefined, () => `the answer names no resource (no ID): ${describeAnswer(one.answer)}`, first);
        expectThat(resourceId(op, one) === resourceId(op, two), () => `the same token and input made two resources: ${String(resourceId(op, one))} and ${String(resourceId(op, two))}`, first);
        const other = { ...(await prepare(ctx.target, op, b)), ClientRequestToken: token };
        fc.pre(JSON.stringify(other) !== JSON.stringify(first)); // while shrinking, the two inputs may become one
        const three = await call(ctx.target, op.id, other);
        expectThat(
          three.answer.status === 409 && sdkErrorType(three.answer) === 'ConflictException',
          () => `the same token with another input answered ${describeAnswer(three.answer)}; expected 409 ConflictException`,
          other,
        );
      },
      Math.max(2, Math.ceil(ctx.runs / 4)),
    ),
};
