import { scrub } from '../../shared/scrub.js';
import type { CellEvent } from '../run/events.js';
import { endpointSecrets } from './endpointSecrets.js';
import type { RunCounts } from './githubOutputs.js';
import type { HtmlRun } from './htmlRun.js';
import { markdownText as md } from './markdownText.js';
import { safeText } from './safeText.js';
import { shownEndpoint } from './shownEndpoint.js';
import { verdictOf } from './verdict.js';

/** A message quoting a large answer is cut: GitHub keeps at most 1 MiB of a step's summary, and a table row is no place for a body. */
const longestWhy = 500;
const cut = (text: string): string => (text.length > longestWhy ? `${text.slice(0, longestWhy)}…` : text);

/** A command as code, where it can be one: in a GFM table `\|` stays a pipe inside a code span too. */
const code = (text: string): string => (text.includes('`') ? md(text) : `\`${safeText(text).replace(/\|/g, '\\|')}\``);

/**
 * A run as Markdown for a GitHub Actions job summary (`$GITHUB_STEP_SUMMARY`): the verdict line the console
 * prints, then a table of the cells that failed or were inconclusive, each with why and the command that reruns
 * its case. Messages are already redacted by the run; the endpoint's own credentials are hidden here too, in the
 * replay command and wherever a message quotes them.
 */
export function stepSummary(cells: readonly CellEvent[], counts: RunCounts, run: HtmlRun): string {
  const secrets = endpointSecrets(run.endpoint);
  const shown = run.endpoint === undefined ? undefined : shownEndpoint(run.endpoint);
  const verdict = verdictOf(counts);
  const line = `${verdict}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} not applicable, ${counts.inconclusive} inconclusive, ${counts.retries} retries, on ${shown ?? 'the embedded emulator'}, seed ${run.seed}, ${(run.ms / 1000).toFixed(1)} s`;
  const lines = [`### ${md(run.title)}: ${verdict}`, '', md(line), ''];
  const rows = cells.flatMap((c) => {
    const o = c.outcome;
    if (o.status !== 'fail' && o.status !== 'inconclusive') return [];
    const why = o.status === 'fail' ? o.failure.message : `inconclusive: ${o.reason}`;
    const replay = o.status === 'fail' && o.failure.replay ? code(`chime-conformance verify${shown ? ` --endpoint ${shown}` : ''} --replay '${o.failure.replay}'`) : '—';
    return [`| ${md(c.check)} | ${md(c.operation)} | ${md(cut(scrub(why, secrets)))} | ${replay} |`];
  });
  if (rows.length > 0) lines.push('| check | operation | why | replay |', '| --- | --- | --- | --- |', ...rows, '');
  return `${lines.join('\n')}\n`;
}
