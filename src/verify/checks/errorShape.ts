import { arbitraries } from '../../arbitraries/index.js';
import type { Operation } from '../../contract/operation.js';
import { parseJson } from '../../shared/parseJson.js';
import type { Check } from '../run/check.js';
import { describeAnswer } from '../report/describeAnswer.js';
import { sdkErrorType } from './errorType.js';
import { expectThat, propertyOutcome } from '../run/property.js';
import type { WireAnswer } from '../reach/rawClient.js';

/** What is wrong with an error answer's shape, or undefined: header, request id, JSON body, Message, Code. */
export function errorShapeProblem(op: Operation, a: WireAnswer): string | undefined {
  if (!a.headers['x-amzn-errortype']) return 'no x-amzn-errortype header';
  const type = sdkErrorType(a) ?? ''; // as the SDK cleans it: `ns#Type:detail` is Type
  if (type !== 'BadRequestException' && !op.errors.some((e) => e.type === type)) return `x-amzn-errortype ${type} is not an error ${op.name} models`;
  if (!a.headers['x-amzn-requestid']) return 'no x-amzn-requestid header';
  const parsed = parseJson(a.body);
  if (!parsed.ok) return 'the error body is not JSON';
  const body = parsed.value as Record<string, unknown>;
  if (typeof (body['Message'] ?? body['message']) !== 'string') return 'the error body has no Message';
  const codes = op.document.$defs['ErrorCode']?.['enum'] as string[] | undefined;
  if (codes && body['Code'] !== undefined && !codes.includes(String(body['Code']))) return `Code ${String(body['Code'])} is not in the ErrorCode enum`;
  return undefined;
}

export const errorShape: Check = {
  name: 'error_shape',
  restsOn: ['errorsOnTheWire'],
  summary: 'error answers carry x-amzn-errortype (a modelled error), x-amzn-requestid and a JSON body with Message (and a valid Code)',
  applies: () => true,
  run: (ctx, op) =>
    propertyOutcome(
      ctx,
      'error_shape',
      op,
      arbitraries.invalidRequest(op.id),
      async (c) => {
        const answer = await ctx.target.raw(c.wire);
        const problem = errorShapeProblem(op, answer);
        expectThat(problem === undefined, () => `${problem}: ${describeAnswer(answer)}`, c.request, c.wire);
      },
      Math.max(1, Math.ceil(ctx.runs / 4)),
    ),
};
