import type { Target } from '../reach/target.js';

/** A live call a Voice task may start on: its Voice Connector and transaction ID. */
export interface LiveCall {
  readonly voiceConnectorId: string;
  readonly transactionId: string;
}

/**
 * Where the resources a case needs come from, and how the target's time passes. The real service starts a task
 * only on a media insights pipeline or a Voice Connector call that exists; a world makes or names them, so that
 * a faithful target is never failed for verify's own assumptions.
 */
export interface World {
  /** How the run's scope is described: 'control plane', 'setup hook', 'fixtures', 'none'. */
  readonly source: string;
  /** A pipeline a case may start its tasks on; `suggested` is kept where the source allows (our generated identifier). */
  pipeline(suggested: string): Promise<string>;
  /** A new live call; `suggested` is kept where the source allows. */
  call(suggested: LiveCall): Promise<LiveCall>;
  /** Lets `ms` of the target's time pass: a manual clock is advanced, any other waited for. */
  pass(ms: number): Promise<void>;
  /**
   * `pass` moves the target's clock, which stands still otherwise: a wait for the target counts the time passed,
   * not the wall clock's (a loaded machine slows the requests, not the target's time).
   */
  readonly movesClock?: true;
  /** A KMS key ARN voice profile domains may be created with. */
  readonly kmsKeyArn: string;
  /** The calls are the user's own (fixtures), which may carry no speech: a speaker search there may rightly never succeed. */
  readonly callsMayBeSilent?: true;
  /** The key is a real one the user named (--fixtures): generated domain requests use it too, not an ARN of their own. */
  readonly kmsGiven?: true;
  /** Ends what the world made for the run (calls hung up); never throws: `left` counts what could not be ended. */
  teardown(): Promise<{ readonly left: number }>;
}

export const wait = (ms: number): Promise<void> => new Promise((ok) => setTimeout(ok, ms));

/** The KMS key ARN of verify's domains where no source names a real one: any well-formed ARN does on an emulator. */
export const exampleKmsKeyArn = 'arn:aws:kms:us-east-1:111122223333:key/verify';

/** A world that assumes every pipeline and call exists, as a lenient target answers; time passes as it does. */
export const openWorld: World = {
  source: 'none',
  pipeline: async (suggested) => suggested,
  call: async (suggested) => suggested,
  pass: wait,
  kmsKeyArn: exampleKmsKeyArn,
  teardown: async () => ({ left: 0 }),
};

const worlds = new WeakMap<Target, World>();

/** Makes `world` the one of `target`: every case run against it takes its resources and time from there. */
export function bindWorld(target: Target, world: World): Target {
  worlds.set(target, world);
  return target;
}

/** The world bound to the target, or the open one (library callers that open a target themselves). */
export const worldOf = (t: Target): World => worlds.get(t) ?? openWorld;
