import { constants } from 'node:os';
import { cleanUp, type CleanedUp } from '../../verify/reach/cleanUp.js';
import { createdAtMost } from '../../verify/reach/createdAtMost.js';
import type { Target } from '../../verify/reach/target.js';
import { safeText } from '../../verify/report/safeText.js';
import type { CliIo } from '../command.js';
import type { World } from '../../verify/world/world.js';

/** A run under --max-created: the target that keeps to it, and the cleanup, run once whoever asks first. */
export interface Guarded {
  readonly target: Target;
  /** Deletes or stops what stands, prints the outcome, and says it for the reports; the same answer every time. */
  finish(): Promise<CleanedUp & { readonly created: number; readonly line: string }>;
  /** The signal handlers go: the run is over. */
  dispose(): void;
}

function outcomeLine(created: number, done: CleanedUp): string {
  const head = `cleanup: ${created} resource${created === 1 ? '' : 's'} created; of those still standing at the end, ${done.ended} deleted or stopped`;
  if (done.left.length === 0) return `${head}, nothing left`;
  return `${head}; NOT deleted (delete them yourself): ${done.left.map((l) => `${l.kind} ${l.id} (${l.why})`).join('; ')}`;
}

/**
 * Puts the ceiling on a run's target (none without --max-created), says so before the run starts, and cleans up
 * when the run ends or a SIGINT or SIGTERM arrives: the cleanup waits for creations in flight, ends what the
 * world made (calls hung up), then exits 130 or 143. A second signal exits at once, listing what still stands.
 */
export function guardRun(t: Target, max: number | undefined, io: CliIo, world: World): Guarded {
  const ceiling = createdAtMost(t, max ?? Infinity);
  if (max !== undefined) io.out(`verify creates at most ${max} resources (--max-created) and deletes or stops each one when the run ends, fails or is interrupted`);
  let finishing: ReturnType<Guarded['finish']> | undefined;
  const finish: Guarded['finish'] = () =>
    (finishing ??= (async () => {
      await ceiling.close('the run is ending: verify creates nothing more');
      const done = await cleanUp(t, ceiling.standing());
      const line = safeText(outcomeLine(ceiling.created(), done));
      (done.left.length === 0 ? io.out : io.err)(line);
      return { ...done, created: ceiling.created(), line };
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    const code = 128 + constants.signals[signal];
    if (finishing) {
      const standing = ceiling.standing().map((m) => `${m.kind} ${m.id}`);
      io.err(safeText(`${signal} again: exiting before the cleanup ends; may still stand: ${standing.join(', ') || 'nothing'}`));
      process.exit(code);
    }
    io.err(`${signal}: deleting what this run created before exiting (again to exit at once)`);
    void Promise.all([finish(), world.teardown()]).finally(() => process.exit(code));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    target: ceiling.target,
    finish,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
