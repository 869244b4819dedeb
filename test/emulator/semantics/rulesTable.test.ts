import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules, type RuleName } from '../../../src/emulator/core/semantics/rules.js';

/** The semantics table of docs/emulator.md: topic, behaviour and source of each row. */
function tableRows(): { topic: string; behaviour: string; source: string }[] {
  const doc = readFileSync('docs/emulator.md', 'utf8');
  const section = doc.slice(doc.indexOf('## Semantics'), doc.indexOf('\n## ', doc.indexOf('## Semantics') + 1));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| topic') && !line.startsWith('|---'))
    .map((line) => {
      const [topic = '', behaviour = '', source = ''] = line.slice(2, -2).split(' | ');
      return { topic, behaviour, source };
    });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every rule the emulator's code names: a `semantics: <rule>` tag or a `refuse(ctx, '<rule>', …)`. */
function namedInCode(): Map<string, string[]> {
  const named = new Map<string, string[]>();
  for (const file of sourceFiles('src/emulator')) {
    if (file.endsWith(join('semantics', 'rules.ts'))) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\/\/ semantics: (\w+)|refuse\(ctx, '(\w+)'/g)) {
      const rule = m[1] ?? m[2] ?? '';
      named.set(rule, [...(named.get(rule) ?? []), file]);
    }
  }
  return named;
}

const all = Object.entries(rules) as [RuleName, (typeof rules)[RuleName]][];

describe('the semantics table and the code', () => {
  it('have the same rows: each rule in the code is a row of the table, and each row a rule', () => {
    expect(tableRows().map((r) => r.topic)).toEqual(all.map(([, r]) => r.topic));
  });

  it('give every row a source, and call a row "our choice" exactly where the code does', () => {
    for (const [name, rule] of all) {
      const row = tableRows().find((r) => r.topic === rule.topic);
      expect(row?.source.trim().length, name).toBeGreaterThan(10);
      expect(row?.source.startsWith('our choice'), `${name}: "${row?.source}"`).toBe(rule.source === 'our choice');
    }
  });

  it('describe each refusal of our choice in both settings', () => {
    for (const [name, rule] of all.filter(([, r]) => 'refuses' in r)) {
      const row = tableRows().find((r) => r.topic === rule.topic);
      expect(rule.source, name).toBe('our choice');
      expect(row?.behaviour, name).toMatch(/documented: .*strict: /);
    }
  });

  it('name every rule where the emulator applies it, and no rule that is not in the table', () => {
    const named = namedInCode();
    expect([...named.keys()].filter((k) => !(k in rules))).toEqual([]);
    expect(all.map(([name]) => name).filter((name) => !named.has(name))).toEqual([]);
  });
});
