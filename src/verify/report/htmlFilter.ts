import { markupText as esc } from './markupText.js';
import type { Matrix } from './matrix.js';

/**
 * Runs in the page: the filter lives in the URL's hash (`#check=not_found&outcome=fail`), so a filtered view
 * can be linked and reloaded. Rows and columns with no cell left are hidden, other cells dimmed, and the
 * counterexamples follow. A hash without '=' is a jump to a counterexample and leaves the filter as it was.
 * Only values of the page's own lists are applied: nothing from the hash is written into the page.
 */
const script = `(() => {
  const form = document.getElementById('filter');
  const field = { check: form.elements.check, op: form.elements.op, outcome: form.elements.outcome };
  const apply = () => {
    const hash = location.hash.slice(1);
    if (hash !== '' && !hash.includes('=')) return;
    const q = new URLSearchParams(hash);
    for (const k in field) field[k].value = q.get(k) || '';
    const want = { check: field.check.value, op: field.op.value, outcome: field.outcome.value };
    const keeps = (el, outcome) => (!want.check || el.dataset.check === want.check) && (!want.op || el.dataset.op === want.op) && (!want.outcome || outcome === want.outcome);
    const cells = [...document.querySelectorAll('#matrix td[data-outcome]')];
    const rows = new Set(), cols = new Set();
    for (const td of cells) {
      const kept = keeps(td, td.dataset.outcome);
      td.classList.toggle('dim', !kept);
      if (kept) rows.add(td.dataset.op), cols.add(td.dataset.check);
    }
    for (const tr of document.querySelectorAll('#matrix tr[data-op]')) tr.hidden = !rows.has(tr.dataset.op);
    for (const el of document.querySelectorAll('#matrix [data-check]')) el.hidden = !cols.has(el.dataset.check);
    for (const s of document.querySelectorAll('section.failure')) s.hidden = !keeps(s, 'fail');
    document.getElementById('nothing').hidden = rows.size > 0;
  };
  form.addEventListener('change', () => {
    const q = new URLSearchParams();
    for (const k in field) if (field[k].value) q.set(k, field[k].value);
    location.hash = q.toString();
  });
  addEventListener('hashchange', apply);
  form.hidden = false;
  apply();
})();`;

const select = (name: string, every: string, values: readonly (readonly [string, string])[]): string =>
  `<label>${name} <select name="${name}"><option value="">${every}</option>${values.map(([v, label]) => `<option value="${esc(v)}">${esc(label)}</option>`).join('')}</select></label>`;

/** The filter by check, operation and outcome: its controls (shown once the script runs) and the script. */
export function htmlFilter(m: Matrix): { readonly controls: string; readonly script: string } {
  const outcomes = [
    ['fail', 'failed'],
    ['pass', 'passed'],
    ['skip', 'not applicable'],
    ['inconclusive', 'inconclusive'],
  ] as const;
  const controls = `<form id="filter" hidden>${select(
    'check',
    'every check',
    m.checks.map((c) => [c, c]),
  )} ${select(
    'op',
    'every operation',
    m.operations.map((o) => [o, o]),
  )} ${select('outcome', 'any outcome', outcomes)}</form><p id="nothing" hidden>No cell matches the filter.</p>`;
  return { controls, script };
}
