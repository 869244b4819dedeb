import { arbitraries } from '../../arbitraries/index.js';
import { getOperation } from '../../contract/catalog.js';
import type { Check } from '../check.js';
import { describeAnswer } from '../describeAnswer.js';
import { prepare } from '../prepare.js';
import { expectThat, propertyOutcome } from '../property.js';
import { call } from '../target.js';
import { afterStop, legalMove, stopOnly } from './lifecycleModel.js';

const reads = 3;
import { memberEndingWith, resourceOf } from '../answerResource.js';


export const useAfterStop: Check = {
  name: 'use_after_stop',
  summary: 'a task just started does not look stopped; after Stop answers 204, Get reports it stopping or stopped, three reads in a row, moving only forward',
  applies: (op) => op.name.startsWith('Stop') || 'not a Stop operation',
  run: (ctx, op) =>
    propertyOutcome(ctx, 'use_after_stop', op, arbitraries.validRequest(op.id), async (generated) => {
      const request = await prepare(ctx.target, op, generated);
      const getId = op.id.replace('.Stop', '.Get');
      // Before the Stop the task must not look stopped already: else a status that never moves would pass.
      const before = memberEndingWith(resourceOf((await call(ctx.target, getId, { ...request, IsCaller: true })).json), 'TaskStatus');
      expectThat(!(stopOnly[op.service] ?? []).includes(String(before)), () => `${getOperation(getId).name} of a task just started says ${String(before)}`, request);
      const stop = await call(ctx.target, op.id, request);
      expectThat(stop.answer.status === 204, () => `Stop answered ${describeAnswer(stop.answer)}`, request);
      // Read three times: a stopped task stays stopping or stopped and only moves forward, where a status
      // drawn at random lands in the stopped set now and then but seldom three times in a legal order.
      let last = String(before);
      for (let read = 0; read < reads; read++) {
        const get = await call(ctx.target, getId, { ...request, IsCaller: true });
        const status = String(memberEndingWith(resourceOf(get.json), 'TaskStatus'));
        expectThat((afterStop[op.service] ?? []).includes(status), () => `${getOperation(getId).name} after Stop says ${status}: ${describeAnswer(get.answer)}`, request);
        expectThat(read === 0 || legalMove(op.service, last, status), () => `after Stop the status moved from ${last} to ${status}`, request);
        last = status;
      }
    }, Math.max(2, Math.ceil(ctx.runs / 2))),
};
