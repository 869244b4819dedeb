import type { CellEvent, VerifyEvent } from '../run/events.js';
import { safeText } from './safeText.js';
import { failures, matrixOf } from './matrix.js';
import { retriesSummary } from './retriesSummary.js';

const mark = { pass: '✓', fail: '✗', skip: '·', inconclusive: '?' } as const;

/** Live progress: one rewritten line on a terminal, nothing otherwise (CI logs get the summary only). */
export function progress(write: (text: string) => void, isTty: boolean): (e: VerifyEvent) => void {
  let total = 0;
  let done = 0;
  let failed = 0;
  return (e) => {
    if (e.type === 'run-start') total = e.cells;
    if (e.type !== 'cell' || !isTty) return;
    done++;
    if (e.outcome.status === 'fail') failed++;
    const line = `[${String(done).padStart(3)}/${total}] ${failed} failing  ${mark[e.outcome.status]} ${e.check} ${e.operation}`;
    write(`\r\x1b[2K${safeText(line).slice(0, 110)}${done === total ? '\n' : ''}`);
  };
}

/** The final matrix: operations down, checks across (numbered, with a legend), then each failure in full. */
export function summary(cells: readonly CellEvent[], replayCommand: (replay: string) => string): string {
  const m = matrixOf(cells);
  const width = Math.max(...m.operations.map((o) => o.length), 9);
  const lines = [`${'operation'.padEnd(width)}  ${m.checks.map((_, i) => String(i + 1).padStart(2)).join(' ')}`];
  for (const op of m.operations) lines.push(`${op.padEnd(width)}  ${m.checks.map((c) => ` ${mark[m.cell(op, c)?.outcome.status ?? 'skip']}`).join(' ')}`);
  lines.push('', ...m.checks.map((c, i) => `${String(i + 1).padStart(2)} ${c}`), '');
  lines.push(...retriesSummary(cells));
  for (const f of failures(cells)) {
    if (f.outcome.status !== 'fail') continue;
    const { message, curl, sdk, replay } = f.outcome.failure;
    // Messages quote answers: each line stays one line, with no escape sequence reaching the terminal.
    lines.push(safeText(`✗ ${f.check} on ${f.operation}: ${message}`));
    if (curl) lines.push(`    curl:   ${safeText(curl)}`);
    if (sdk) lines.push(`    sdk:    ${safeText(sdk)}`);
    if (replay) lines.push(`    replay: ${safeText(replayCommand(replay))}`);
    lines.push('');
  }
  return lines.join('\n');
}
