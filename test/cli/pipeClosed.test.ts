import { describe, expect, it } from 'vitest';
import { cliProcess } from './cliProcess.js';

describe('a reader that leaves early (`chime-conformance checks | head -1`)', () => {
  it.each([[['checks']], [['operations']], [['--help']], [['verify', '--help']], [['verify', '--runs', '1', '--service', 'voice', '--ops', 'voice.GetVoiceProfileDomain']]])(
    '%j ends quietly with exit code 0',
    async (args) => {
      const ended = await cliProcess(args, { closeStdout: true });
      expect(ended.stderr).toBe('');
      expect(ended.code).toBe(0);
    },
  );
});
