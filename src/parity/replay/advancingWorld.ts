import type { AnswerLimits } from '../../verify/reach/answerLimits.js';
import { controlPlaneSetup } from '../../verify/world/chooseWorld.js';
import { setupClient } from '../../verify/world/setupClient.js';
import { openWorld, type World } from '../../verify/world/world.js';

/**
 * The embedded emulator's world for a replay: every pipeline and call exists (it is lenient), and time is moved
 * on, not waited for. Its clock follows the machine's, but it still takes an advance (the setup protocol sends
 * one only to manual clocks; this is our own emulator, whose control plane moves either), so a task recorded
 * InProgress 4 s after its start is asked 4 s of its time after its start, at once.
 */
export function advancingWorld(endpoint: string, limits: AnswerLimits): World {
  const send = setupClient(controlPlaneSetup(endpoint), limits);
  return {
    ...openWorld,
    source: 'the embedded emulator, clock advanced',
    pass: async (ms) => void (ms > 0 && (await send({ action: 'advance', ms: Math.round(ms) }))),
  };
}
