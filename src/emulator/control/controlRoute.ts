import type { EmulatorCore } from '../core/createCore.js';

/** A JSON object a control request sent, already parsed. */
export type ControlBody = Readonly<Record<string, unknown>>;

export interface ControlAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** One path of the control plane: what it does, and how, over the core's state API. */
export interface ControlRoute {
  readonly method: 'GET' | 'POST';
  /** `/_chime/…`, with `{label}` segments; fixed, since users and docs rely on them. */
  readonly path: string;
  readonly summary: string;
  /** Synchronous, or a promise where the work is long and done in slices (a clock advance). */
  run(core: EmulatorCore, labels: Readonly<Record<string, string>>, body: ControlBody, query: URLSearchParams): ControlAnswer | Promise<ControlAnswer>;
}

/** A control request the emulator cannot act on: the status, what was wrong, and how to fix it. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly hint: string,
  ) {
    super(`chime-conformance control plane: ${message}`);
  }
}
