import type { CellEvent } from '../run/events.js';
import type { HtmlRun } from './htmlRun.js';
import { markupText as esc } from './markupText.js';
import { retriesOf } from './retriesSummary.js';
import { shownEndpoint } from './shownEndpoint.js';
import { verdictOf } from './verdict.js';

/** The run a kept report is about: what was checked, with which seed, when, for how long, by which version, and the verdict in counts. */
export function htmlHeader(run: HtmlRun, cells: readonly CellEvent[]): string {
  const count = (status: string) => cells.filter((c) => c.outcome.status === status).length;
  const failed = count('fail');
  const inconclusive = count('inconclusive');
  const facts: [string, string][] = [
    ['endpoint', run.endpoint === undefined ? 'the embedded emulator' : shownEndpoint(run.endpoint)],
    ['seed', String(run.seed)],
    ['started', run.startedAt],
    ['duration', `${(run.ms / 1000).toFixed(1)} s`],
    ['chime-conformance', run.version],
    ...(run.cleanup === undefined ? [] : [['cleanup', run.cleanup] as [string, string]]),
  ];
  return [
    `<header><h1>${esc(run.title)}: ${verdictOf({ failed, inconclusive })}</h1>`,
    `<dl id="run">${facts.map(([k, v]) => `<dt>${k}</dt><dd id="run-${k}">${esc(v)}</dd>`).join('')}</dl>`,
    `<p id="counts"><span class="pass">${count('pass')} passed</span>, <span class="fail">${failed} failed</span>, <span class="skip">${count('skip')} not applicable</span>, <span class="inconclusive">${inconclusive} inconclusive</span>; <span class="retries">${retriesOf(cells)} retries</span></p></header>`,
  ].join('\n');
}
