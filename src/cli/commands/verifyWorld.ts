import type { OpenedTarget } from '../../verify/reach/openTarget.js';
import type { AnswerLimits } from '../../verify/reach/answerLimits.js';
import type { CellEvent } from '../../verify/run/events.js';
import { chooseWorld, type SetupChoice } from '../../verify/world/chooseWorld.js';
import { SetupFailed } from '../../verify/world/setupClient.js';
import { openWorld, type World } from '../../verify/world/world.js';
import { UsageError } from '../command.js';

/**
 * The run's world: the embedded emulator needs none (it is lenient, and its run is measured for speed), any other
 * target the one chosen. A setup source asked for by name that fails is a usage error, with what it said.
 */
export async function verifyWorld(opened: OpenedTarget, setup: SetupChoice, limits: AnswerLimits): Promise<World> {
  if (opened.embedded && setup.from === 'auto') return openWorld;
  try {
    return await chooseWorld(opened.target, setup, limits);
  } catch (e) {
    if (e instanceof SetupFailed) throw new UsageError(e.message, 'check --setup-url or --setup, and that the hook speaks the setup protocol (schemas/setup/)');
    throw e;
  }
}

/** The verdict line's scope: where setup came from, and the cells that wanted what it could not give. */
export function setupScope(world: World, cells: readonly CellEvent[]): string {
  const wanting = cells.filter((c) => c.outcome.status === 'skip' && c.outcome.setup === true);
  const first = wanting[0]?.outcome;
  const why = first?.status === 'skip' ? `; ${wanting.length} of them for want of setup: ${first.reason}` : '';
  return `setup: ${world.source}${why}`;
}
