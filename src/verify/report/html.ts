import type { CellEvent } from '../events.js';
import { safeText } from '../safeText.js';
import { failures, matrixOf } from './matrix.js';

/** HTML-escaped text; control and bidi characters shown as `\u001b`, so an answer cannot reorder or hide what the page shows. */
const esc = (s: string): string => safeText(s).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const marks = { pass: ['✓', 'pass'], fail: ['✗', 'fail'], skip: ['·', 'skip'] } as const;

const style = `body{font:14px system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse}
th,td{border:1px solid #ccc;padding:4px 8px;text-align:center}th.op,td.op{text-align:left;font-family:monospace}
th.check{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:normal}td.pass{background:#e6f4e6}
td.fail{background:#fbe3e3;font-weight:bold}td.skip{color:#999}pre{background:#f6f6f6;padding:8px;white-space:pre-wrap}`;

/** A self-contained HTML report: the operations × checks matrix and every counterexample. */
export function html(cells: readonly CellEvent[], title: string): string {
  const m = matrixOf(cells);
  const head = `<tr><th class="op">operation</th>${m.checks.map((c) => `<th class="check">${esc(c)}</th>`).join('')}</tr>`;
  const rows = m.operations.map((op) => {
    const tds = m.checks.map((c) => {
      const cell = m.cell(op, c);
      const [mark, cls] = marks[cell?.outcome.status ?? 'skip'];
      const tip = cell?.outcome.status === 'fail' ? cell.outcome.failure.message : cell?.outcome.status === 'skip' ? cell.outcome.reason : '';
      return `<td class="${cls}" title="${esc(tip)}">${mark}</td>`;
    });
    return `<tr><td class="op">${esc(op)}</td>${tds.join('')}</tr>`;
  });
  const details = failures(cells).map((f) => {
    if (f.outcome.status !== 'fail') return '';
    const x = f.outcome.failure;
    const pre = [x.curl && `curl: ${x.curl}`, x.sdk && `sdk: ${x.sdk}`, x.replay && `replay: ${x.replay}`].filter(Boolean).map((l) => esc(String(l)));
    return `<section class="failure"><h3>${esc(f.check)} on ${esc(f.operation)}</h3><p>${esc(x.message)}</p><pre>${pre.join('\n')}</pre></section>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${style}</style></head>
<body><h1>${esc(title)}</h1><table id="matrix">${head}${rows.join('')}</table>
<h2>${details.length} failing</h2>${details.join('')}</body></html>
`;
}
