import type { CellEvent } from '../run/events.js';
import { failureAnchor } from './failureAnchor.js';
import { markupText as esc } from './markupText.js';
import { matrixOf } from './matrix.js';

const marks = { pass: '✓', fail: '✗', skip: '·', inconclusive: '?' } as const;

function tipOf(cell: CellEvent | undefined, check: string, op: string): string {
  if (cell?.outcome.status === 'fail') return cell.outcome.failure.message;
  if (cell?.outcome.status === 'skip' || cell?.outcome.status === 'inconclusive') return cell.outcome.reason;
  return `${check} on ${op}: passed`;
}

/** The operations × checks table; each cell says its check, operation and outcome for the filter, a failing one links to its counterexample. */
export function htmlMatrix(cells: readonly CellEvent[]): string {
  const m = matrixOf(cells);
  const head = `<tr><th class="op">operation</th>${m.checks.map((c) => `<th class="check" data-check="${esc(c)}">${esc(c)}</th>`).join('')}</tr>`;
  const rows = m.operations.map((op) => {
    const tds = m.checks.map((c) => {
      const cell = m.cell(op, c);
      const status = cell?.outcome.status ?? 'skip';
      const tip = `${tipOf(cell, c, op)}${cell && cell.retries > 0 ? ` (${cell.retries} retries)` : ''}`;
      const mark = status === 'fail' ? `<a href="#${esc(failureAnchor(c, op))}">${marks.fail}</a>` : marks[status];
      return `<td class="${status}" data-check="${esc(c)}" data-op="${esc(op)}" data-outcome="${status}" title="${esc(tip)}">${mark}</td>`;
    });
    return `<tr data-op="${esc(op)}"><td class="op">${esc(op)}</td>${tds.join('')}</tr>`;
  });
  return `<table id="matrix">${head}${rows.join('')}</table>`;
}
