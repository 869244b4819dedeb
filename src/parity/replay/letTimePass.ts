import type { World } from '../../verify/world/world.js';

/** The setup protocol advances a clock by at most a day per request (schemas/setup/request.json). */
const step = 86_400_000;

/** Lets `ms` of the target's time pass through its world, a day at a time: a recording may pause for a week. */
export async function letTimePass(world: World, ms: number): Promise<void> {
  for (let left = Math.round(ms); left > 0; left -= step) await world.pass(Math.min(left, step));
}
