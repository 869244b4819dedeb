import type { Operation } from '../../contract/operation.js';
import { validateResponse } from '../../contract/validate.js';
import { parseJson } from '../../shared/parseJson.js';
import { errorShapeProblem } from '../../verify/checks/errorShape.js';
import { sdkErrorType } from '../../verify/checks/errorType.js';
import type { WireAnswer } from '../../verify/reach/rawClient.js';
import { bodyBytes, type Exchange } from '../exchange.js';
import type { Violation } from './violation.js';
import { notJson } from './notJson.js';

/** The answer as verify's checks read one: headers by lower-case name (the first of a repeated one). */
function wireAnswerOf(ex: Exchange): WireAnswer {
  const headers: Record<string, string> = {};
  for (const h of ex.response.headers) headers[h.name.toLowerCase()] ??= h.value;
  return { status: ex.response.status, headers, body: bodyBytes(ex.response.body).toString('utf8') };
}

function successViolations(op: Operation, a: WireAnswer, requestWrong: boolean): Omit<Violation, 'operation' | 'direction'>[] {
  const found: Omit<Violation, 'operation' | 'direction'>[] = [];
  if (a.status !== op.http.status) found.push({ rule: 'status', member: '', message: `answered ${a.status} where the contract says ${op.http.status}` });
  // The service took what the contract refuses: the contract is stricter than the service (a finding about it).
  if (requestWrong) found.push({ rule: 'accepted-invalid', member: '', message: `answered ${a.status} to a request the contract rejects` });
  let body: unknown;
  if (a.body !== '') {
    const parsed = parseJson(a.body);
    if (!parsed.ok) return [...found, { rule: 'json', member: '', message: notJson(parsed.message, a.body.length) }];
    body = parsed.value;
  }
  return [...found, ...validateResponse(op.id, body).issues.map((i) => ({ rule: i.rule, member: i.path, message: i.message }))];
}

function errorViolations(op: Operation, a: WireAnswer): Omit<Violation, 'operation' | 'direction'>[] {
  const problem = errorShapeProblem(op, a);
  if (problem) return [{ rule: 'error-shape', member: '', message: problem }];
  const type = sdkErrorType(a);
  const modelled = op.errors.find((e) => e.type === type);
  if (modelled && modelled.status !== a.status) return [{ rule: 'status', member: '', message: `${type} is modelled as ${modelled.status}, answered ${a.status}` }];
  return [];
}

/** The answer against the contract: the operation's status and output schema, or a modelled error's shape and status. */
export function answerViolations(op: Operation, ex: Exchange, requestWrong: boolean): Violation[] {
  const a = wireAnswerOf(ex);
  const found = a.status >= 200 && a.status < 300 ? successViolations(op, a, requestWrong) : errorViolations(op, a);
  return found.map((v) => ({ operation: op.id, direction: 'response', ...v }));
}
