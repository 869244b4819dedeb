import { describe, expect, it } from 'vitest';
import { targetKey } from '../../src/emulator/core/state.js';

describe('targetKey', () => {
  it('keys a task by service, kind, scope and target, so one of each kind may be active per target', () => {
    const task = { service: 'voice', kind: 'speaker-search', scope: 'abcdef1234567890abcde', target: 't-1/caller' } as const;
    expect(targetKey(task)).toBe('voice/speaker-search/abcdef1234567890abcde/t-1/caller');
    expect(targetKey({ ...task, kind: 'voice-tone-analysis' })).not.toBe(targetKey(task));
    expect(targetKey({ ...task, service: 'media-pipelines' })).not.toBe(targetKey(task));
  });
});
