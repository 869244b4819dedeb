import { describe, expect, it } from 'vitest';
import { requestSummary } from '../../src/emulator/http/requestSummary.js';
import type { Exchange } from '../../src/emulator/wire/types.js';

const exchange = (operation: string | undefined, status: number, extra: Partial<Exchange> = {}): Exchange => ({
  requestId: 'r-1',
  method: 'GET',
  target: '/x',
  operation,
  status,
  errorType: undefined,
  ms: 1.25,
  ...extra,
});

describe('requestSummary', () => {
  it('names the 10 busiest operations (ties by name) and counts the rest in one, so the line stays short', () => {
    const lines: string[] = [];
    const summary = requestSummary(
      (l) => lines.push(l),
      () => 0,
    );
    for (let op = 1; op <= 13; op++) for (let n = 0; n < (op === 7 ? 3 : 1); n++) summary.exchange(exchange(`voice.Op${String(op).padStart(2, '0')}`, 200));
    summary.exchange(exchange('voice.Op01', 404));
    summary.flush();
    expect(lines).toEqual([
      '1970-01-01T00:00:00.000Z requests in the last 1 s: 16 (voice.Op07 200×3, voice.Op01 200×1 404×1, voice.Op02 200×1, voice.Op03 200×1, voice.Op04 200×1, voice.Op05 200×1, voice.Op06 200×1, voice.Op08 200×1, voice.Op09 200×1, voice.Op10 200×1, 3 more operations ×3)',
    ]);
  });

  it('keeps the query and the body out of its own lines (a control plane refusal shows the path only)', () => {
    const lines: string[] = [];
    const summary = requestSummary(
      (l) => lines.push(l),
      () => 0,
    );
    summary.exchange(exchange('control', 404, { method: 'POST', target: '/_chime/tasks/t-1/fail?token=secret' }));
    summary.exchange(exchange(undefined, 500, { target: '/boom?key=secret', errorType: 'InternalFailure' }));
    expect(lines).toEqual(['1970-01-01T00:00:00.000Z r-1 control plane refused POST /_chime/tasks/t-1/fail 404', '1970-01-01T00:00:00.000Z r-1 GET /boom 500 InternalFailure 1.3ms']);
  });
});
