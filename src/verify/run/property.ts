import fc from 'fast-check';
import type { Operation } from '../../contract/operation.js';
import { Nonconformance, NotApplicable, type CheckContext, type Outcome } from './check.js';
import type { EncodedRequest } from '../../wire/encodeRequest.js';
import { scrub } from '../../shared/scrub.js';
import { redactJsonText, secretsOf } from '../report/redact.js';
import { asCurl, asSdkCall, curlOf } from '../report/render.js';
import { runCase } from '../world/caseScope.js';
import { caseRuns, untilAnswered } from './untilAnswered.js';
import { waitedMs } from '../reach/retryCount.js';
import { janitorOf } from '../world/janitor.js';
import { endpointFor } from '../reach/byService.js';

/** How long one check may spend on one operation by default; a failure found is reported as shrunk so far. */
const defaultTimeLimitMs = 8_000;

/** The time limit is given for this many cases and grows with the cases a cell runs: deeper runs are not failed for being deep. */
export const casesPerTimeLimit = 10;

/** A cell's time limit for its number of cases (never below the limit given). */
export const cellTimeLimit = (limitMs: number, cases: number): number => Math.round(limitMs * Math.max(1, cases / casesPerTimeLimit));

/**
 * Runs an async property over generated values and turns fast-check's verdict into an outcome: the shrunk
 * counterexample as curl and SDK call, and the replay value that reruns exactly it.
 */
export async function propertyOutcome<T>(
  ctx: CheckContext,
  check: string,
  op: Operation,
  arb: fc.Arbitrary<T>,
  body: (value: T) => Promise<void>,
  runs = ctx.runs,
  examples: readonly T[] = [],
): Promise<Outcome> {
  const replay = ctx.path === undefined ? (ctx.shrink === false ? { endOnFailure: true } : {}) : { path: ctx.path, endOnFailure: true };
  // fast-check counts examples within numRuns: the sweep comes on top of the random runs.
  const limit = cellTimeLimit(ctx.timeLimitMs ?? defaultTimeLimitMs, runs + examples.length);
  const options = { seed: ctx.seed, numRuns: runs + examples.length, interruptAfterTimeLimit: limit, examples: examples.map((e): [T] => [e]), ...replay };
  // Each case in a scope of its own: what it makes is deleted once it passed (janitor.ts).
  const janitor = janitorOf(ctx.target);
  // A case that needs what no setup source gives proves nothing either way: the cell says why it does not apply.
  let notApplicable: string | undefined;
  // Cases that ran to an answer: with fixtures used up part way, the cell passes on these alone.
  let ran = 0;
  // Cases that got no real answer, run after run (throttled or unavailable after every retry): evidence of nothing.
  let inconclusive = 0;
  let unanswered: string | undefined;
  const once = async (value: T) => {
    const { made, done } = runCase(() => body(value));
    let passed = false;
    try {
      await done;
      passed = true;
      ran++;
    } catch (e) {
      if (!(e instanceof NotApplicable)) throw e;
      notApplicable ??= e.reason;
    } finally {
      janitor?.caseEnded(made, passed);
    }
  };
  const scoped = async (value: T) => {
    const gave = await untilAnswered(() => once(value));
    if (gave === undefined) return;
    inconclusive++;
    unanswered ??= gave.message;
  };
  const details = await fc.check(fc.asyncProperty(arb, scoped), options);
  if (notApplicable !== undefined && !details.failed && ran === 0) return { status: 'skip', reason: notApplicable, setup: true };
  // A run cut short by the time limit is no evidence of conformance: the untried cases may be the failing ones.
  if (details.interrupted && !(details.failed && details.errorInstance)) {
    const finished = `only ${details.numRuns} of ${runs + examples.length} cases finished within ${limit} ms (the time limit, per ${casesPerTimeLimit} cases)`;
    // Late for waiting out the target's refusals rather than for its speed: no evidence either way.
    const waited = waitedMs();
    if (waited >= limit / 10) {
      const reason = `${finished}, ${Math.round(waited)} ms of it waiting out backoffs after 429 or 503 answers (raise --time-limit, or set --rate to the target's limit)`;
      return { status: 'inconclusive', cases: details.numRuns, reason };
    }
    const message = `${finished}: the endpoint is slow or a setup step hangs (raise --time-limit)`;
    return { status: 'fail', cases: details.numRuns, failure: { message } };
  }
  if (!details.failed && inconclusive > 0) {
    const reason = `${inconclusive} of ${details.numRuns} cases got no real answer, each run ${caseRuns} times: ${unanswered ?? ''}`;
    return { status: 'inconclusive', cases: details.numRuns, reason: redactJsonText(reason) };
  }
  if (!details.failed) return { status: 'pass', cases: notApplicable === undefined ? details.numRuns : ran };
  const error = details.errorInstance;
  const replayValue = `${check}/${op.id}/${details.seed}/${details.counterexamplePath ?? ''}`;
  if (!(error instanceof Nonconformance)) {
    const message = redactJsonText(error instanceof Error ? error.message : String(error));
    return { status: 'fail', cases: details.numRuns, failure: { message: `the check could not run: ${message}`, replay: replayValue } };
  }
  // Answers and SDK messages may echo what the request carried: its secrets are scrubbed from every line.
  const secrets = secretsOf(op, error.request);
  const curl = scrub(error.wire ? curlOf(error.wire, endpointFor(ctx.target, op.service)) : asCurl(op, error.request, endpointFor(ctx.target, op.service)), secrets);
  const sdk = error.wire ? undefined : asSdkCall(op, error.request);
  const failure = { message: scrub(error.message, secrets), curl, ...(sdk ? { sdk } : {}), replay: replayValue };
  return { status: 'fail', cases: details.numRuns, failure };
}

/** Fails a property unless `condition` holds. */
export function expectThat(condition: boolean, message: () => string, request: unknown, wire?: EncodedRequest): asserts condition {
  if (!condition) throw new Nonconformance(message(), request, wire);
}
