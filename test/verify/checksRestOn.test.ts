import { describe, expect, it } from 'vitest';
import { checksCommand } from '../../src/cli/commands/checks.js';
import { rules } from '../../src/emulator/core/semantics/rules.js';
import { checks } from '../../src/verify/checks/index.js';
import { fakeIo } from '../support/fakeIo.js';

describe('what each check rests on', () => {
  it.each(checks.map((c) => [c.name, c] as const))('%s rests on rows of the semantics table that have a source, none of our choice', (_, check) => {
    expect(check.restsOn?.length ?? 0).toBeGreaterThan(0);
    for (const rule of check.restsOn ?? []) expect(rules[rule].source, `${check.name} rests on ${rule}`).toBe('sourced');
  });

  it('is listed by `checks`, by the rows’ topics', async () => {
    const { io, out } = fakeIo();
    expect(await checksCommand.run([], io)).toBe(0);
    for (const check of checks) {
      const line = out.find((l) => l.startsWith(`${check.name} `));
      expect(line, check.name).toContain(`(rests on: ${(check.restsOn ?? []).map((r) => rules[r].topic).join('; ')})`);
    }
  });
});
