import fc from 'fast-check';
import { arbitraries } from '../../arbitraries/index.js';
import { getOperation } from '../../contract/catalog.js';
import type { Check } from '../run/check.js';
import { describeAnswer } from '../report/describeAnswer.js';
import { sdkErrorType } from './errorType.js';
import { prepare } from '../world/prepare.js';
import { expectThat, propertyOutcome } from '../run/property.js';
import { taskStatusIn } from '../world/resources.js';
import { call } from '../reach/target.js';
import { afterStop, finalStatuses, legalMove, stopOnly } from './lifecycleModel.js';

/** Reads after the Stop: a status drawn at random lands in the stopped set now and then, seldom three times in a legal order. */
const reads = 3;

export const useAfterStop: Check = {
  name: 'use_after_stop',
  restsOn: ['mediaPipelinesLifecycle', 'voiceLifecycle'],
  summary: 'a task just started does not look stopped; after Stop answers 204, Get reports it stopping or stopped, three reads in a row, moving only forward',
  applies: (op) => op.name.startsWith('Stop') || 'not a Stop operation',
  run: (ctx, op) =>
    propertyOutcome(
      ctx,
      'use_after_stop',
      op,
      arbitraries.validRequest(op.id),
      async (generated) => {
        const request = await prepare(ctx.target, op, generated);
        const get = getOperation(op.id.replace('.Stop', '.Get'));
        const read = async () => {
          const got = await call(ctx.target, get.id, { ...request, IsCaller: true });
          expectThat(got.answer.status === 200, () => `${get.name} of the task answered ${describeAnswer(got.answer)}`, request);
          return { status: taskStatusIn(get, got.json), answer: got.answer };
        };
        // Before the Stop the task must not look stopped already: else a status that never moves would pass.
        const before = (await read()).status;
        expectThat(!(stopOnly[op.service] ?? []).includes(before), () => `${get.name} of a task just started says ${before}`, request);
        const stop = await call(ctx.target, op.id, request);
        if (stop.answer.status === 404 && sdkErrorType(stop.answer) === 'NotFoundException') {
          // A task may end on its own between the two requests (a short speaker search): then NotFound is right,
          // and the case says nothing about stopping. It must really have ended, though.
          const after = (await read()).status;
          expectThat((finalStatuses[op.service] ?? []).includes(after) && legalMove(op.service, before, after), () => `Stop answered NotFound for a task that is ${after}`, request);
          fc.pre(false);
        }
        expectThat(stop.answer.status === 204, () => `Stop answered ${describeAnswer(stop.answer)}`, request);
        let last = before;
        for (let n = 0; n < reads; n++) {
          const { status, answer } = await read();
          expectThat((afterStop[op.service] ?? []).includes(status), () => `${get.name} after Stop says ${status}: ${describeAnswer(answer)}`, request);
          expectThat(legalMove(op.service, last, status), () => `after Stop the status moved from ${last} to ${status}`, request);
          last = status;
        }
      },
      Math.max(2, Math.ceil(ctx.runs / 2)),
    ),
};
