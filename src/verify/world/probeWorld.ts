import { NotApplicable } from '../run/check.js';
import { call, type Target } from '../reach/target.js';
import { defaultConnector } from './setupSteps.js';
import { sdkErrorType } from '../checks/errorType.js';
import { openWorld, type World } from './world.js';

const give = 'give --setup-url or --fixtures, or a target with the control plane';

/**
 * Starts a voice tone analysis where nothing was made for it: only 404 NotFoundException, as the SDK reads it,
 * says the target needs resources that exist. Anything else (a success, another error, no answer at all) leaves
 * the world open, so that the checks themselves judge the target.
 */
async function needsExisting(t: Target, service: 'voice' | 'media-pipelines'): Promise<boolean> {
  const where = service === 'voice' ? { VoiceConnectorId: defaultConnector, TransactionId: t.unique('probe-call') } : { Identifier: t.unique('probe-pipeline') };
  const started = await call(t, `${service}.StartVoiceToneAnalysisTask`, { ...where, LanguageCode: 'en-US' }).catch(() => undefined);
  if (!started) return false;
  if (started.answer.status === 404) return sdkErrorType(started.answer) === 'NotFoundException';
  const id = (started.json?.['VoiceToneAnalysisTask'] as Record<string, unknown> | undefined)?.['VoiceToneAnalysisTaskId'];
  if (typeof id === 'string') await call(t, `${service}.StopVoiceToneAnalysisTask`, { ...where, VoiceToneAnalysisTaskId: id }).catch(() => undefined);
  return false;
}

/**
 * The world of a target with no setup source: open, unless a task started on a call or pipeline nobody made
 * answers 404, as on the real service. Cases that need one are then not applicable, never failed.
 */
export async function probeWorld(t: Target): Promise<World> {
  const [calls, pipelines] = await Promise.all([needsExisting(t, 'voice'), needsExisting(t, 'media-pipelines')]);
  if (!calls && !pipelines) return openWorld;
  const lacks = (what: string) => async (): Promise<never> => {
    throw new NotApplicable(`needs a ${what} that exists (the target answered 404 to a task on a new one): ${give}`);
  };
  return {
    ...openWorld,
    source: 'none, and the target needs resources that exist',
    ...(calls ? { call: lacks('live call') } : {}),
    ...(pipelines ? { pipeline: lacks('media insights pipeline') } : {}),
  };
}
