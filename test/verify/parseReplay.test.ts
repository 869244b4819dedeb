import { describe, expect, it } from 'vitest';
import { parseReplay } from '../../src/verify/run/parseReplay.js';

describe('parseReplay', () => {
  it('reads check, operation, seed and a path that itself holds slashes', () => {
    expect(parseReplay('response_schema/voice.GetVoiceProfile/123456/2:1/0')).toEqual({ check: 'response_schema', op: 'voice.GetVoiceProfile', seed: 123456, path: '2:1/0' });
  });

  it('leaves missing parts empty (the callers say what a value naming nothing means)', () => {
    expect(parseReplay('error_shape')).toEqual({ check: 'error_shape', op: '', seed: 0, path: '' });
    expect(parseReplay('error_shape/voice.GetVoiceProfile/7/')).toEqual({ check: 'error_shape', op: 'voice.GetVoiceProfile', seed: 7, path: '' });
  });
});
