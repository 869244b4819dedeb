import { describe, expect, it } from 'vitest';
import { serveHostWarning } from '../../src/cli/commands/serveHostWarning.js';

describe('serve on an address beyond loopback', () => {
  it('warns that the control plane is open there, and says how to close it', () => {
    expect(serveHostWarning('0.0.0.0', 'off', true)).toMatch(/^warning: listening on 0\.0\.0\.0, the control plane under \/_chime\/ .* is open to anyone .*--auth strict.*--allow-host NAME$/);
  });

  it('says that --auth strict covers the control plane there', () => {
    expect(serveHostWarning('192.0.2.10', 'strict', true)).toMatch(/^note: listening on 192\.0\.2\.10: control requests under \/_chime\/ must be SigV4-signed too/);
  });

  it.each([
    ['127.0.0.1', true],
    ['localhost', true],
    ['::1', true],
    ['0.0.0.0', false],
  ])('says nothing on %s with the control plane %s', (host, controlPlane) => {
    expect(serveHostWarning(host, 'off', controlPlane)).toBeUndefined();
  });
});
