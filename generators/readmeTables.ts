import type { PatternFinding } from './schemas/findings.js';
import type { Override } from './overrides.js';

const start = '<!-- generated:contract-notes:start -->';
const end = '<!-- generated:contract-notes:end -->';

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
// `undefined` in modelSays means the model has no such keyword: shown as null, not dropped.
const code = (text: string): string => `\`${text.replaceAll('|', '\\|')}\``;

function overridesTable(overrides: readonly Override[]): string {
  const rows = overrides.map((o) => {
    const target = `${o.service} ${o.target.shape}${o.target.member ? '.' + o.target.member : ''}`;
    return `| ${o.id} | ${target} | ${code(JSON.stringify(o.modelSays, (_, v: unknown) => v ?? null))} | ${code(JSON.stringify(o.contract))} | ${cell(o.reason)} | ${cell(o.source)} |`;
  });
  return ['| id | where | the model says | the contract says | why | source |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

function findingsTable(findings: readonly PatternFinding[]): string {
  const rows = findings.map((f) => `| ${f.service} ${f.shape} | ${code(f.pattern)} | ${f.kind} | ${code(f.accepted)} |`);
  return ['| shape | model pattern | finding | also accepted |', '|---|---|---|---|', ...rows].join('\n');
}

/** The overrides and findings section of docs/contract.md, regenerated with the schemas. */
export function contractNotes(overrides: readonly Override[], findings: readonly PatternFinding[]): string {
  return [
    start,
    '## Overrides (generators/overrides.ts)',
    '',
    overridesTable(overrides),
    '',
    '## Findings: patterns kept as the model has them',
    '',
    'Smithy patterns match anywhere in a value, like JSON Schema `pattern`. The contract keeps that meaning;',
    'these patterns therefore catch less than they seem to, and so does every check built on them.',
    '',
    findingsTable(findings),
    end,
  ].join('\n');
}

/** The page that holds the generated notes, between two markers. */
export const notesPage = 'docs/contract.md';

/** Replaces the generated section of docs/contract.md, which must already hold both markers. */
export function spliceNotes(page: string, notes: string): string {
  const from = page.indexOf(start);
  const to = page.indexOf(end);
  if (from < 0 || to < from) throw new Error(`generate: ${notesPage} lacks the markers ${start} … ${end}`);
  return page.slice(0, from) + notes + page.slice(to + end.length);
}
