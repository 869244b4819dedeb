import { getOperation } from '../../../contract/catalog.js';
import { firstDifference } from '../sameValues.js';
import { prepare } from '../../world/prepare.js';
import { expectThat } from '../../run/property.js';
import { expectSuccess, idIn, resourceKind, resourceNamed } from '../../world/resources.js';
import type { Json, Scenario } from '../scenario.js';

/** The call a Voice task's CallDetails must name: the one in the request, on the leg asked for. */
export function askedCall(request: Json, kind: string, isCaller?: boolean): Json {
  // Without a CallLeg, which leg is searched is the emulator's choice (semantics, "CallLeg"): nothing to assert.
  const leg = kind === 'SpeakerSearchTask' && request['CallLeg'] !== undefined ? { IsCaller: request['CallLeg'] === 'Caller' } : {};
  return { VoiceConnectorId: request['VoiceConnectorId'], TransactionId: request['TransactionId'], ...leg, ...(isCaller === undefined ? {} : { IsCaller: isCaller }) };
}

/** Start answers a task on the pipeline or call (and leg) asked for, with an ID that Get then finds. */
export const taskStart: Scenario = {
  covers: (op) => op.name.startsWith('Start'),
  async run(ctx, op, generated, coin) {
    const request = await prepare(ctx.target, op, generated);
    const kind = resourceKind(op);
    const task = resourceNamed((await expectSuccess(ctx.target, op, request)).json, kind);
    const id = idIn(task, `${kind}Id`);
    expectThat(id !== undefined, () => `Start answered no ${kind}.${kind}Id: the task it started cannot be named`, request);
    const voice = op.service === 'voice';
    const started = voice ? firstDifference(resourceNamed(task, 'CallDetails'), askedCall(request, kind), `${kind}.CallDetails`) : undefined;
    expectThat(started === undefined, () => `Start answered a task on another call: ${started}`, request);
    const get = getOperation(op.id.replace('.Start', '.Get'));
    const ids = { Identifier: request['Identifier'], VoiceConnectorId: request['VoiceConnectorId'], [`${kind}Id`]: id, IsCaller: coin };
    const again = resourceNamed((await expectSuccess(ctx.target, get, ids, request)).json, kind);
    expectThat(idIn(again, `${kind}Id`) === id, () => `${get.name} of the task Start made answered ${kind}Id ${JSON.stringify(again[`${kind}Id`])}, not ${String(id)}`, request);
    const isCaller = kind === 'VoiceToneAnalysisTask' ? coin : undefined;
    const read = voice ? firstDifference(resourceNamed(again, 'CallDetails'), askedCall(request, kind, isCaller), `${kind}.CallDetails`) : undefined;
    expectThat(read === undefined, () => `${get.name} of the task Start made: ${read}`, request);
  },
};
