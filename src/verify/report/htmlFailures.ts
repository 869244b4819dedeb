import type { CellEvent } from '../run/events.js';
import { failureAnchor } from './failureAnchor.js';
import { markupText as esc } from './markupText.js';
import { failures } from './matrix.js';

/** Every counterexample, each under the anchor its matrix cell links to: message, curl, SDK call and replay value. */
export function htmlFailures(cells: readonly CellEvent[]): string {
  const sections = failures(cells).map((f) => {
    if (f.outcome.status !== 'fail') return '';
    const x = f.outcome.failure;
    const pre = [x.curl && `curl: ${x.curl}`, x.sdk && `sdk: ${x.sdk}`, x.replay && `replay: ${x.replay}`].filter(Boolean).map((l) => esc(String(l)));
    const id = esc(failureAnchor(f.check, f.operation));
    return `<section class="failure" id="${id}" data-check="${esc(f.check)}" data-op="${esc(f.operation)}"><h3>${esc(f.check)} on ${esc(f.operation)}</h3><p>${esc(x.message)}</p><pre>${pre.join('\n')}</pre></section>`;
  });
  return `<h2>${sections.length} failing</h2>${sections.join('')}`;
}
