import type { ServerOptions } from '../../src/emulator/http/startServer.js';
import type { RawRequest, RawResponse } from '../../src/emulator/wire/types.js';

type Handle = (request: RawRequest) => Promise<RawResponse>;

/** A deliberately broken emulator: one deviation from the contract, and the check that must catch it. */
export interface Mutant {
  readonly name: string;
  readonly deviation: string;
  readonly caughtBy: string;
  /** Server options that make the deviation (usually an `interpose` around the real handler). */
  readonly options: ServerOptions;
  /**
   * Checks a run of `caughtBy` alone (the throttled variant's) also needs, for the state the deviation shows in:
   * a second page of domains exists only where other cells made more than a page of them.
   */
  readonly needs?: readonly string[];
  /** Extra verify options the check needs (e.g. auth strict). */
  readonly verify?: { readonly auth?: 'strict' };
}

export const text = (body: Uint8Array | undefined): string => new TextDecoder().decode(body ?? new Uint8Array());
export const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Rewrites each request before the real emulator sees it. */
export const onRequest = (change: (r: RawRequest) => RawRequest): ServerOptions => ({
  interpose: (handle: Handle) => (r) => handle(change(r)),
});

/** Rewrites each answer of the real emulator. */
export const onResponse = (change: (a: RawResponse, r: RawRequest) => RawResponse): ServerOptions => ({
  interpose: (handle: Handle) => async (r) => change(await handle(r), r),
});

/** Rewrites the JSON body of each answer. */
export const onResponseJson = (change: (json: string) => string): ServerOptions => onResponse((a) => (a.body === undefined ? a : { ...a, body: change(a.body) }));
