import { getOperation } from '../../contract/catalog.js';
import { parseJson } from '../../shared/parseJson.js';
import { encodeRequest } from '../../wire/encodeRequest.js';
import { describeAnswer } from '../report/describeAnswer.js';
import type { SendRaw, WireAnswer } from './rawClient.js';
import type { SendSdk } from './sdkSender.js';
import type { ServiceEndpoints } from './serviceEndpoints.js';

/** The implementation under test, as the checks reach it. */
export interface Target {
  readonly endpoint: string;
  /** Where each service's requests go when that is not `endpoint` for both (the real service's two hosts). */
  readonly endpoints?: ServiceEndpoints;
  readonly raw: SendRaw;
  readonly sdk: SendSdk;
  /** A name no earlier run used, for resources the checks create (pipelines, calls, domains). */
  unique(prefix: string): string;
  /** The longest wait between two polls of a task's status: short on the embedded emulator, 500 ms elsewhere. */
  readonly pollCapMs?: number;
  /** Gives a sender of a check's own (auth's unsigned requests) the run's retries and --rate, as `raw` has them. */
  readonly retried?: (send: SendRaw) => SendRaw;
}

export interface Called {
  readonly answer: WireAnswer;
  readonly json: Record<string, unknown> | undefined;
}

const parse = (body: string): Record<string, unknown> | undefined => {
  const parsed = parseJson(body);
  return parsed.ok && parsed.value && typeof parsed.value === 'object' ? (parsed.value as Record<string, unknown>) : undefined;
};

/** Sends SDK-style input for an operation id as raw HTTP, and parses the JSON answer. */
export async function call(target: Target, id: string, input: unknown): Promise<Called> {
  const answer = await target.raw(encodeRequest(getOperation(id), input));
  return { answer, json: parse(answer.body) };
}

/** Like `call`, but a non-2xx answer is a broken precondition of the check: it throws, naming the step. */
export async function must(target: Target, id: string, input: unknown): Promise<Record<string, unknown>> {
  const { answer, json } = await call(target, id, input);
  if (answer.status < 200 || answer.status > 299) {
    throw new Error(`setup step ${id} answered ${describeAnswer(answer)}`);
  }
  return json ?? {};
}

export function uniqueNames(): (prefix: string) => string {
  const run = Date.now().toString(36);
  let n = 0;
  return (prefix) => `${prefix}-${run}-${(n++).toString(36)}`;
}
