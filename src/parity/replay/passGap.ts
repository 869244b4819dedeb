import type { World } from '../../verify/world/world.js';
import { letTimePass } from './letTimePass.js';
import { advancedGapCapMs, timeGap } from './timeGap.js';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const days = (ms: number): string => `${(ms / 86_400_000).toFixed(1)} days`;

/**
 * Lets the recorded gap before an exchange pass on the target, from the previous exchange's recorded start and
 * the time it was sent (`sentAt`, on the machine's clock). `waitedCapMs` is set for a world whose time is waited
 * for; without it the target's clock is advanced. Answers the row's note when the gap was cut, in the unit the
 * cap is told in, so that the row says what the replay did not reproduce.
 */
export async function passGap(world: World, previous: { readonly startedAt: string; readonly sentAt: number }, startedAt: string, waitedCapMs?: number): Promise<string[]> {
  const waited = waitedCapMs !== undefined;
  const gap = timeGap(previous.startedAt, startedAt, waited ? { capMs: waitedCapMs, elapsedMs: Date.now() - previous.sentAt } : {});
  await letTimePass(world, gap.passMs);
  if (gap.cappedFromMs === undefined) return [];
  if (waited) return [`a gap of ${seconds(gap.cappedFromMs)} was cut to ${(waitedCapMs / 1000).toFixed(0)} s: the target's clock is waited for, not advanced`];
  return [`a gap of ${days(gap.cappedFromMs)} was cut to ${days(advancedGapCapMs)}: past the service's longest retention window, a longer gap changes no answer`];
}
