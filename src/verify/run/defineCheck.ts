import { arbitraries } from '../../arbitraries/index.js';
import { getOperation } from '../../contract/catalog.js';
import type { Operation } from '../../contract/operation.js';
import { assertCheckName } from './assertCheckName.js';
import type { Check, CheckContext } from './check.js';
import { prepare } from '../world/prepare.js';
import { expectThat, propertyOutcome } from './property.js';
import type { SdkExchange } from '../reach/sdkSender.js';
import { call, type Called, type Target } from '../reach/target.js';

/** One generated case of your check: its request, ways to send it, and the assertion that fails it. */
export interface CheckCase {
  readonly op: Operation;
  /** A valid generated request for `op`, prepared: the tasks, domains and profiles it names exist. */
  readonly request: Readonly<Record<string, unknown>>;
  /**
   * Sends input (default: `request`) to `operation` (default: `op`) through the real AWS SDK v3 client:
   * the raw answer comes back beside the SDK's output, or beside its error when it throws.
   */
  send(input?: unknown, operation?: string): Promise<SdkExchange>;
  /** The same as raw HTTP, without the SDK's checks or retries; the JSON answer parsed. */
  call(input?: unknown, operation?: string): Promise<Called>;
  /**
   * Fails the case unless `condition` holds. The failure shows the last request sent to `op` (the prepared
   * one if none was), shrunk, as curl and as an SDK call, with a --replay value, as the built-in checks do.
   */
  expect(condition: boolean, message: string | (() => string)): void;
  /** The implementation under test: its endpoint, and `unique(prefix)` for names no earlier run used. */
  readonly target: Target;
}

export interface CheckDefinition {
  /** Written once: it names the check in reports and in --replay values. Letters, digits, '_', '.', '-'. */
  readonly name: string;
  /** One line: what the check asserts. */
  readonly summary: string;
  /** True, or the reason the check does not apply to the operation; default: it applies to every one. */
  readonly applies?: (op: Operation, ctx: CheckContext) => true | string;
  /** Runs once per generated case; `expect` fails it. */
  readonly property: (c: CheckCase) => Promise<void>;
  /** Cases per operation: a number, or one made from the run's `runs` (e.g. `(n) => Math.ceil(n / 4)`); default `runs`. */
  readonly runs?: number | ((runs: number) => number);
}

function caseCount(runs: CheckDefinition['runs'], fromRun: number): number {
  const n = typeof runs === 'function' ? runs(fromRun) : (runs ?? fromRun);
  return Number.isFinite(n) ? Math.max(1, Math.round(n)) : fromRun;
}

/**
 * Your own check, run beside the built-in ones: `runVerify({ checks: [...defaultChecks, yours], … })`. Each
 * case is a valid generated request made to name live resources; a failure is shrunk, rendered and replayable
 * like a built-in one, under the one name given here.
 */
export function defineCheck(d: CheckDefinition): Check {
  assertCheckName(d.name);
  if (typeof d.property !== 'function')
    throw new Error(`chime-conformance: the check '${d.name}' has no property to run. Hint: defineCheck({ name, summary, property: async ({ send, expect }) => { … } })`);
  return {
    name: d.name,
    summary: d.summary,
    applies: (op, ctx) => d.applies?.(op, ctx) ?? true,
    run: (ctx, op) =>
      propertyOutcome(
        ctx,
        d.name,
        op,
        arbitraries.validRequest(op.id),
        async (generated) => {
          const request = await prepare(ctx.target, op, generated);
          // What a failure shows: the request that went to this cell's operation last, as the user sent it.
          let shown: unknown = request;
          const to = (id: string | undefined, input: unknown): Operation => {
            const target = id === undefined ? op : getOperation(id);
            if (target.id === op.id) shown = input;
            return target;
          };
          await d.property({
            op,
            request,
            target: ctx.target,
            send: (input = request, id) => ctx.target.sdk(to(id, input), input),
            call: (input = request, id) => call(ctx.target, to(id, input).id, input),
            expect: (condition, message) => expectThat(condition, typeof message === 'string' ? () => message : message, shown),
          });
        },
        caseCount(d.runs, ctx.runs),
      ),
  };
}
