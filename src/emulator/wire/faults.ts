/** Injected failures, off by default, for testing client retries. */
export interface FaultOptions {
  /** Share of requests answered 429 ThrottledClientException, 0..1. */
  readonly throttle: number;
  /** Share of requests answered 503 ServiceUnavailableException, 0..1. */
  readonly unavailable: number;
  /** Milliseconds added before every answer. */
  readonly latencyMs: number;
  /** Operation ids the faults apply to; all when empty. */
  readonly operations: readonly string[];
  readonly seed: number;
}

export const noFaults: FaultOptions = { throttle: 0, unavailable: 0, latencyMs: 0, operations: [], seed: 1 };

/** mulberry32: a small seeded generator, so a fault pattern can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type FaultGate = (operationId: string) => { type: 'ThrottledClientException' | 'ServiceUnavailableException'; message: string } | undefined;

/** Decides, request by request, whether a fault replaces the real answer. */
export function faultGate(options: FaultOptions): FaultGate {
  const next = random(options.seed);
  return (operationId) => {
    if (options.operations.length > 0 && !options.operations.includes(operationId)) return undefined;
    const roll = next();
    if (roll < options.throttle) return { type: 'ThrottledClientException', message: 'Rate exceeded (fault injected by the emulator).' };
    if (roll < options.throttle + options.unavailable) return { type: 'ServiceUnavailableException', message: 'Service unavailable (fault injected by the emulator).' };
    return undefined;
  };
}

export const delay = (ms: number): Promise<void> | undefined => (ms > 0 ? new Promise((r) => setTimeout(r, ms)) : undefined);
