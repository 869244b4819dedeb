/** The parts of a `--replay` value, as a failure prints it: `check/operation/seed/path`. */
export interface Replay {
  readonly check: string;
  readonly op: string;
  readonly seed: number;
  /** fast-check's counterexample path; it may itself hold '/', so it is the rest of the value. */
  readonly path: string;
}

/**
 * Splits a replay value. The CLI reads its check and operation to select (and to name near misses), and the
 * runner reads all four: one split, so both agree on what a value means. Missing parts are empty; the callers
 * say what a value naming nothing means.
 */
export function parseReplay(replay: string): Replay {
  const [check = '', op = '', seed = '', ...path] = replay.split('/');
  return { check, op, seed: Number(seed), path: path.join('/') };
}
