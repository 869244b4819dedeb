import { safeText } from './safeText.js';

/**
 * Characters Markdown acts on in a table cell: `|` ends the cell; `\`, backticks, `*`, `_`, `~`, brackets and
 * parentheses format or link; `<` and `&` start HTML and entities (GitHub renders some HTML in a job summary).
 * CommonMark lets any of them be escaped with a backslash, and GFM tables read `\|` as a pipe within the cell.
 */
const special = /[\\`*_~[\]()<>&|#!{}]/g;

/**
 * Text from a run (messages quote the endpoint's answers) as one Markdown table cell: shown literally, on one
 * line. Line breaks and other control characters are escaped first, as on the console (`\u000a`), so no answer
 * can end the row, start one of its own or forge a verdict line.
 */
export function markdownText(text: string): string {
  return safeText(text).replace(special, (c) => `\\${c}`);
}
