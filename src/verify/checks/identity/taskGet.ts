import { newCall, startPipelineTask, startVoiceTask, type Kind } from '../../world/setupSteps.js';
import { worldOf } from '../../world/world.js';
import { sharedDomain } from '../../world/sharedDomain.js';
import { firstDifference } from '../sameValues.js';
import { expectThat } from '../../run/property.js';
import { expectSuccess, idIn, resourceKind, resourceNamed } from '../../world/resources.js';
import type { Scenario } from '../scenario.js';
import { askedCall } from './taskStart.js';

/** Get answers the task asked for: its ID and, for Voice, the call and leg it runs on (isCaller as asked). */
export const taskGet: Scenario = {
  covers: (op) => op.name.startsWith('Get') && op.name.endsWith('Task'),
  async run(ctx, op, generated, coin) {
    const kind = resourceKind(op) as Kind;
    const t = ctx.target;
    const voice = op.service === 'voice';
    // The task runs on a call or pipeline the run's world made (or named): the request asks for it there.
    const call = voice ? ({ ...(await newCall(t, String(generated['VoiceConnectorId']))), callLeg: coin ? 'Caller' : 'Callee' } as const) : undefined;
    const where = call ? { VoiceConnectorId: call.voiceConnectorId } : { Identifier: await worldOf(t).pipeline(String(generated['Identifier'])) };
    const id = call ? await startVoiceTask(t, kind, await sharedDomain(t), call) : await startPipelineTask(t, kind, String(where.Identifier));
    const request = { ...generated, ...where, [`${kind}Id`]: id };
    const task = resourceNamed((await expectSuccess(t, op, request)).json, kind);
    expectThat(idIn(task, `${kind}Id`) === id, () => `answered ${kind}Id ${JSON.stringify(task[`${kind}Id`])} for ${id}`, request);
    if (!call) return;
    const asked = { VoiceConnectorId: call.voiceConnectorId, TransactionId: call.transactionId, CallLeg: call.callLeg };
    const isCaller = kind === 'VoiceToneAnalysisTask' ? generated['IsCaller'] === true : undefined;
    const wrong = firstDifference(resourceNamed(task, 'CallDetails'), askedCall(asked, kind, isCaller), `${kind}.CallDetails`);
    expectThat(wrong === undefined, () => `answered a task on another call: ${wrong}`, request);
  },
};
