import { appendFileSync, writeFileSync } from 'node:fs';
import type { CellEvent, VerifyEvent } from '../../verify/run/events.js';
import { githubOutputs, type RunCounts } from '../../verify/report/githubOutputs.js';
import { html, type HtmlRun } from '../../verify/report/html.js';
import { junit } from '../../verify/report/junit.js';
import { retriesOf } from '../../verify/report/retriesSummary.js';
import { shownEndpoint } from '../../verify/report/shownEndpoint.js';
import { stepSummary } from '../../verify/report/stepSummary.js';
import { UsageError } from '../command.js';

/** Reports added to a file that others write too: a job summary and step outputs hold what earlier commands of the step wrote. */
const appended = new Set(['summary', 'github-output']);

/** The run's counts as its run-end event has them; from the cells, should a run have ended without one. */
function countsOf(cells: readonly CellEvent[], events: readonly VerifyEvent[]): RunCounts {
  const end = events.find((e) => e.type === 'run-end');
  const count = (status: string) => cells.filter((c) => c.outcome.status === status).length;
  const counts = end?.type === 'run-end' ? end : { passed: count('pass'), failed: count('fail'), skipped: count('skip'), inconclusive: count('inconclusive') };
  return { passed: counts.passed, failed: counts.failed, skipped: counts.skipped, inconclusive: counts.inconclusive, retries: retriesOf(cells) };
}

/** Writes each report asked for (--report kind=FILE) from the run's cells and events. */
export function writeReports(reports: Record<string, string>, cells: readonly CellEvent[], events: readonly VerifyEvent[], run: HtmlRun): void {
  // The endpoint's credentials stay out of every report, as a request's secrets do.
  const shown = events.map((e) => (e.type === 'run-start' ? { ...e, endpoint: shownEndpoint(e.endpoint) } : e));
  const render: Record<string, () => string> = {
    junit: () => junit(cells),
    json: () => shown.map((e) => JSON.stringify(e)).join('\n') + '\n',
    html: () => html(cells, run),
    summary: () => stepSummary(cells, countsOf(cells, events), run),
    'github-output': () => githubOutputs(countsOf(cells, events)),
  };
  for (const [kind, file] of Object.entries(reports)) {
    try {
      (appended.has(kind) ? appendFileSync : writeFileSync)(file, (render[kind] ?? (() => ''))());
    } catch (e) {
      throw new UsageError(`cannot write the ${kind} report to ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'check the path');
    }
  }
}
