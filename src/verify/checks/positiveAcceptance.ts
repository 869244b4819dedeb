import { arbitraries } from '../../arbitraries/index.js';
import type { Check } from '../check.js';
import { memberEndingWith } from '../answerResource.js';
import { describeAnswer } from '../describeAnswer.js';
import { prepare } from '../prepare.js';
import { expectThat, propertyOutcome } from '../property.js';

type Json = Record<string, unknown>;

/** The call a task's answer describes must be the one asked about (VoiceConnectorId, isCaller). */
function callDetailsMismatch(request: Json, output: unknown): string | undefined {
  // The task is the output member named after it (SpeakerSearchTask…), wherever the SDK puts $metadata.
  const task = memberEndingWith((output as Json | undefined) ?? {}, 'Task') as Json | undefined;
  const details = task?.['CallDetails'] as Json | undefined;
  if (!details) return undefined;
  if (request['VoiceConnectorId'] !== undefined && details['VoiceConnectorId'] !== request['VoiceConnectorId']) return 'CallDetails.VoiceConnectorId is not the one in the path';
  if (typeof request['IsCaller'] === 'boolean' && details['IsCaller'] !== request['IsCaller']) return `CallDetails.IsCaller is ${String(details['IsCaller'])} for isCaller=${String(request['IsCaller'])}`;
  return undefined;
}

export const positiveAcceptance: Check = {
  name: 'positive_acceptance',
  summary: 'valid requests, sent with the AWS SDK v3, get exactly the documented status (201, 200 or 204)',
  applies: () => true,
  run: (ctx, op) =>
    propertyOutcome(ctx, 'positive_acceptance', op, arbitraries.validRequest(op.id), async (generated) => {
      const request = await prepare(ctx.target, op, generated);
      const { answer, output, error } = await ctx.target.sdk(op, request);
      expectThat(answer.status === op.http.status, () => `answered ${describeAnswer(answer)}; the contract says ${op.http.status}`, request);
      expectThat(error === undefined, () => `the AWS SDK could not read the answer: ${error?.name}: ${error?.message}`, request);
      const mismatch = callDetailsMismatch(request, output);
      expectThat(mismatch === undefined, () => `${mismatch}`, request);
    }),
};
