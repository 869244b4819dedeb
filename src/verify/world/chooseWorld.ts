import type { AnswerLimits } from '../reach/answerLimits.js';
import type { Target } from '../reach/target.js';
import { fixturesWorld } from './fixturesWorld.js';
import { hookWorld } from './hookWorld.js';
import { probeWorld } from './probeWorld.js';
import type { Fixtures } from './readFixtures.js';
import { SetupFailed, setupClient } from './setupClient.js';
import { openWorld, type World } from './world.js';

/** Where a run's world comes from: found (auto), our control plane, a hook of the user's, fixtures, or none. */
export type SetupChoice = { readonly from: 'auto' | 'control-plane' | 'none' } | { readonly from: 'url'; readonly url: string } | { readonly from: 'fixtures'; readonly fixtures: Fixtures };

/** The setup protocol's address on a target with our control plane. */
export const controlPlaneSetup = (endpoint: string): string => `${endpoint.replace(/\/$/, '')}/_chime/setup`;

/**
 * The world of a run. `auto` uses the target's control plane where one answers the setup protocol, else probes
 * whether the target needs resources that exist. A hook asked for by name that does not answer is an error.
 */
export async function chooseWorld(t: Target, choice: SetupChoice, limits: AnswerLimits): Promise<World> {
  if (choice.from === 'none') return openWorld;
  if (choice.from === 'fixtures') return fixturesWorld(choice.fixtures);
  if (choice.from === 'url') return hookWorld(setupClient(choice.url, limits), 'setup hook');
  const controlPlane = () => hookWorld(setupClient(controlPlaneSetup(t.endpoint), limits), 'control plane');
  if (choice.from === 'control-plane') return controlPlane();
  try {
    return await controlPlane();
  } catch (e) {
    if (!(e instanceof SetupFailed)) throw e;
    return probeWorld(t);
  }
}
