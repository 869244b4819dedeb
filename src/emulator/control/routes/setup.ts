import type { EmulatorCore } from '../../core/createCore.js';
import { ServiceError } from '../../core/serviceError.js';
import { ControlError, type ControlBody, type ControlRoute } from '../controlRoute.js';
import { optionalString, requiredMs, requiredString } from '../members.js';

const route = 'POST /_chime/setup';
const protocol = 'chime-conformance-setup/1';
/** Items of one teardown: verify sends its list in batches of at most this many (schemas/setup/request.json). */
const maxTeardown = 500;
const oneDay = 86_400_000;

const example = '{"action":"create","resource":"call","voiceConnectorId":"abcdef1234567890abcde","transactionId":"tx-1"}';
const given = (body: ControlBody, member: string) => optionalString(body, route, member, example);

function create(core: EmulatorCore, body: ControlBody): unknown {
  const resource = requiredString(body, route, 'resource', example);
  if (resource === 'pipeline') {
    const id = given(body, 'id') ?? `pipeline-${core.options.newId()}`;
    core.createPipeline(id);
    return { resource, id };
  }
  if (resource === 'voiceConnector') {
    const id = given(body, 'id') ?? core.options.newId();
    core.createVoiceConnector(id);
    return { resource, id };
  }
  if (resource !== 'call') throw new ControlError(400, `${route}: no resource "${resource}"`, 'resource is one of pipeline, voiceConnector, call');
  const call = core.startCall(given(body, 'voiceConnectorId') ?? core.options.newId(), given(body, 'transactionId') ?? core.options.newId());
  return { resource, voiceConnectorId: call.voiceConnectorId, transactionId: call.transactionId, legs: ['Caller', 'Callee'] };
}

/** Hangs up the calls the run made; pipelines and Voice Connectors stay, as nothing in the emulator ends them. */
function teardown(core: EmulatorCore, body: ControlBody): unknown {
  const made = body['made'];
  if (!Array.isArray(made) || made.length > maxTeardown) throw new ControlError(400, `${route}: "made" must be a list of at most ${maxTeardown} answers of create`, 'send back what create answered');
  let ended = 0;
  for (const item of made as unknown[]) {
    const m = (item && typeof item === 'object' ? item : {}) as ControlBody;
    if (m['resource'] !== 'call' || typeof m['voiceConnectorId'] !== 'string' || typeof m['transactionId'] !== 'string') continue;
    try {
      core.endCall(m['voiceConnectorId'], m['transactionId']);
      ended++;
    } catch (e) {
      // A call the emulator no longer knows (a reset since) has nothing left to end.
      if (!(e instanceof ServiceError)) throw e;
    }
  }
  return { ended };
}

/**
 * verify's setup protocol (schemas/setup/), answered by the emulator itself: `verify --endpoint` finds it here,
 * and another emulator can serve the same protocol at `--setup-url`.
 */
export const setup: ControlRoute = {
  method: 'POST',
  path: '/_chime/setup',
  summary: 'verify\'s setup protocol {"action":"describe"|"create"|"advance"|"teardown",…} (schemas/setup/)',
  run(core, _, body) {
    const action = requiredString(body, route, 'action', '{"action":"describe"}');
    const answer = (b: unknown) => ({ status: 200, body: b });
    if (action === 'describe') return answer({ protocol, clock: core.clock.mode, makes: ['pipeline', 'voiceConnector', 'call'] });
    if (action === 'create') return { status: 201, body: create(core, body) };
    if (action === 'teardown') return answer(teardown(core, body));
    if (action !== 'advance') throw new ControlError(400, `${route}: no action "${action}"`, 'action is one of describe, create, advance, teardown');
    const ms = requiredMs(body, route, 'ms', '{"action":"advance","ms":500}');
    if (ms > oneDay) throw new ControlError(400, `${route}: "ms" ${ms} is over a day`, 'verify advances a little at a time; POST /_chime/clock/advance moves further');
    core.clock.advance(ms);
    return answer({ now: new Date(core.clock.now()).toISOString() });
  },
};
