import fc from 'fast-check';
import { arbitraries } from '../../arbitraries/index.js';
import type { Operation } from '../../contract/operation.js';
import type { Check } from '../run/check.js';
import { describeAnswer } from '../report/describeAnswer.js';
import { sdkErrorType } from './errorType.js';
import { newCall, startPipelineTask, startVoiceTask, type Kind } from '../world/setupSteps.js';
import { worldOf } from '../world/world.js';
import { sharedDomain } from '../world/sharedDomain.js';
import { expectThat, propertyOutcome } from '../run/property.js';
import { call } from '../reach/target.js';

const resourceMembers = ['SpeakerSearchTaskId', 'VoiceToneAnalysisTaskId', 'VoiceProfileDomainId', 'VoiceProfileId'];
const otherConnector = 'zzzzzz0000000000zzzzz';

const refersToResource = (op: Operation) => op.bindings.some((b) => resourceMembers.includes(b.member));
const taskMember = (op: Operation) => op.bindings.find((b) => b.member.endsWith('TaskId') && b.in === 'label')?.member;

/** A live task asked for under another pipeline or Voice Connector: it must not be found there. */
async function foreignTask(ctx: Parameters<Check['run']>[0], op: Operation, request: Record<string, unknown>, member: string) {
  const kind = member.replace(/Id$/, '') as Kind;
  if (op.service === 'media-pipelines') {
    const id = await startPipelineTask(ctx.target, kind, await worldOf(ctx.target).pipeline(ctx.target.unique('pipeline')));
    return { ...request, [member]: id, Identifier: ctx.target.unique('other-pipeline') };
  }
  const id = await startVoiceTask(ctx.target, kind, await sharedDomain(ctx.target), await newCall(ctx.target));
  return { ...request, [member]: id, VoiceConnectorId: otherConnector };
}

export const notFound: Check = {
  name: 'not_found',
  restsOn: ['unknownTask'],
  summary: 'unknown task, domain and profile IDs, and tasks asked for under another pipeline or Voice Connector, get 404 NotFoundException',
  applies: (op) => refersToResource(op) || 'names no task, domain or profile',
  run: (ctx, op) =>
    propertyOutcome(
      ctx,
      'not_found',
      op,
      fc.tuple(arbitraries.validRequest(op.id), fc.boolean()),
      async ([generated, foreign]) => {
        const member = taskMember(op);
        const request = member && foreign ? await foreignTask(ctx, op, generated, member) : generated;
        const { answer } = await call(ctx.target, op.id, request);
        expectThat(answer.status === 404 && sdkErrorType(answer) === 'NotFoundException', () => `answered ${describeAnswer(answer)}; expected 404 NotFoundException`, request);
      },
      Math.max(2, Math.ceil(ctx.runs / 2)),
    ),
};
