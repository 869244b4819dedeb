/**
 * The CLI lists its commands from light entries and loads a command's module only when it runs: each entry must
 * load the command it names, and a name must not load another command's module.
 */
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands.js';

describe('command entries', () => {
  it.each(commands.map((c) => [c.name, c] as const))('%s loads the command of its own name', async (name, entry) => {
    const command = await entry.load();
    expect(command.name).toBe(name);
    expect(command.help).toMatch(new RegExp(`chime-conformance ${name}\\b`));
  });

  it('names each command once', () => {
    expect(new Set(commands.map((c) => c.name)).size).toBe(commands.length);
  });
});
