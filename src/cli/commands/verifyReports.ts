import { writeFileSync } from 'node:fs';
import type { CellEvent, VerifyEvent } from '../../verify/run/events.js';
import { html, type HtmlRun } from '../../verify/report/html.js';
import { junit } from '../../verify/report/junit.js';
import { shownEndpoint } from '../../verify/report/shownEndpoint.js';
import { UsageError } from '../command.js';

/** Writes each report asked for (--report kind=FILE) from the run's cells and events. */
export function writeReports(reports: Record<string, string>, cells: readonly CellEvent[], events: readonly VerifyEvent[], run: HtmlRun): void {
  // The endpoint's credentials stay out of every report, as a request's secrets do.
  const shown = events.map((e) => (e.type === 'run-start' ? { ...e, endpoint: shownEndpoint(e.endpoint) } : e));
  const render: Record<string, () => string> = {
    junit: () => junit(cells),
    json: () => shown.map((e) => JSON.stringify(e)).join('\n') + '\n',
    html: () => html(cells, run),
  };
  for (const [kind, file] of Object.entries(reports)) {
    try {
      writeFileSync(file, (render[kind] ?? (() => ''))());
    } catch (e) {
      throw new UsageError(`cannot write the ${kind} report to ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'check the path');
    }
  }
}
