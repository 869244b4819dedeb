import type { JudgedRow } from '../compare/judgeRow.js';
import { safeText } from '../../verify/report/safeText.js';

/** The longest operation id (media-pipelines.StartVoiceToneAnalysisTask): rows line up while they stream. */
const operationWidth = 42;

/** The table's head, for `total` exchanges. */
export const parityHead = (total: number): string => `${'#'.padStart(String(total).length)}  ${'operation'.padEnd(operationWidth)}  ${'parity'.padEnd(9)}  how`;

/**
 * One exchange as table lines: index, operation, parity and how it differs (`; ` between differences, an
 * accepted one followed by its reason), then a line per note. Everything the target said is escaped.
 */
export function parityLines(row: JudgedRow, total: number): string[] {
  const how = row.differences.map((d) => (d.accepted === undefined ? d.text : `${d.text} (accepted: ${d.accepted})`)).join('; ');
  const head = `${String(row.index).padStart(String(total).length)}  ${row.operation.padEnd(operationWidth)}  ${row.parity.padEnd(9)}  ${how}`.trimEnd();
  return [head, ...row.notes.map((n) => `${' '.repeat(String(total).length)}  note: ${n}`)].map(safeText);
}

/** The same row as one NDJSON line. */
export const parityJson = (row: JudgedRow): string => JSON.stringify({ type: 'exchange', ...row });

/** `12 exchanges: 10 same, 1 different, 1 accepted`. */
export function paritySummary(rows: readonly JudgedRow[]): { readonly line: string; readonly json: string } {
  const count = (p: JudgedRow['parity']) => rows.filter((r) => r.parity === p).length;
  const c = { exchanges: rows.length, same: count('same'), different: count('different'), accepted: count('accepted') };
  return { line: `${c.exchanges} exchanges: ${c.same} same, ${c.different} different, ${c.accepted} accepted`, json: JSON.stringify({ type: 'summary', ...c }) };
}
