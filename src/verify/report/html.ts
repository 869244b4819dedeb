import type { CellEvent } from '../run/events.js';
import { htmlFailures } from './htmlFailures.js';
import { htmlFilter } from './htmlFilter.js';
import { htmlHeader } from './htmlHeader.js';
import { htmlMatrix } from './htmlMatrix.js';
import type { HtmlRun } from './htmlRun.js';
import { markupText as esc } from './markupText.js';
import { matrixOf } from './matrix.js';

export type { HtmlRun } from './htmlRun.js';

// Long curl lines and messages (JSON without spaces) wrap anywhere rather than widen the page.
const style = `body{font:14px system-ui,sans-serif;margin:2em;color:#222;max-width:100%}table{border-collapse:collapse}
th,td{border:1px solid #ccc;padding:4px 8px;text-align:center}th.op,td.op{text-align:left;font-family:monospace}
th.check{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:normal}td.pass{background:#e6f4e6}
td.fail{background:#fbe3e3;font-weight:bold}td.fail a{color:inherit}td.skip{color:#999}td.inconclusive{background:#fdf3d7}td.dim{opacity:.25}
dl{display:grid;grid-template-columns:max-content auto;gap:2px 1em}dt{color:#666}dd{margin:0;overflow-wrap:anywhere}
span.pass{color:#17631b}span.fail{color:#a11}span.skip{color:#777}span.inconclusive{color:#8a6d00}#filter{margin:1em 0}
h3,p{overflow-wrap:anywhere}pre{background:#f6f6f6;padding:8px;white-space:pre-wrap;overflow-wrap:anywhere}
section.failure:target{outline:2px solid #a11}`;

/** A self-contained HTML report a user can keep: the run, the operations × checks matrix with a filter, and every counterexample. */
export function html(cells: readonly CellEvent[], run: HtmlRun): string {
  const filter = htmlFilter(matrixOf(cells));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${esc(run.title)}</title><style>${style}</style></head>
<body>${htmlHeader(run, cells)}
${filter.controls}${htmlMatrix(cells)}
${htmlFailures(cells)}
<script>${filter.script}</script></body></html>
`;
}
