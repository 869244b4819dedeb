import fc from 'fast-check';
import { arbitraries } from '../../arbitraries/index.js';
import type { Operation } from '../../contract/operation.js';
import type { Check, CheckContext } from '../run/check.js';
import { propertyOutcome } from '../run/property.js';

export type Json = Record<string, unknown>;

/** One way of checking a family of operations: a case is a generated valid request and a coin to vary it. */
export interface Scenario {
  readonly covers: (op: Operation) => boolean;
  run(ctx: CheckContext, op: Operation, generated: Json, coin: boolean): Promise<void>;
}

/** A check made of scenarios: each operation is checked by the first scenario that covers it. */
export function scenarioCheck(name: string, summary: string, scenarios: readonly Scenario[], runsOf: (runs: number) => number, notCovered: string): Check {
  const scenarioOf = (op: Operation) => scenarios.find((s) => s.covers(op));
  return {
    name,
    summary,
    applies: (op) => scenarioOf(op) !== undefined || notCovered,
    run: (ctx, op) => {
      const scenario = scenarioOf(op);
      const cases = fc.tuple(arbitraries.validRequest(op.id) as fc.Arbitrary<Json>, fc.boolean());
      return propertyOutcome(ctx, name, op, cases, ([generated, coin]) => scenario?.run(ctx, op, generated, coin) ?? Promise.resolve(), runsOf(ctx.runs));
    },
  };
}
