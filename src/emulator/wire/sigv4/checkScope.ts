import type { SignatureClaim } from './claim.js';

export const algorithm = 'AWS4-HMAC-SHA256';
/** The signing name of both Chime SDK services, whatever their endpoint prefixes are. */
export const signingService = 'chime';

/**
 * The algorithm must be plain SigV4: SigV4a (ECDSA) and other schemes are not what Chime accepts. Checked on
 * its own because the recomputed string to sign always names AWS4-HMAC-SHA256, whatever the header says.
 */
export function checkAlgorithm(claim: SignatureClaim): string | undefined {
  return claim.algorithm === algorithm ? undefined : `algorithm ${claim.algorithm || '(none)'} is not ${algorithm}`;
}

/**
 * The credential scope must be `<yyyymmdd>/<region>/chime/aws4_request` for the emulator's region: a client
 * configured for another region, or signing for the endpoint prefix instead of `chime`, fails here with a
 * message naming the part that differs.
 */
export function checkScope(claim: SignatureClaim, region: string): string | undefined {
  const parts = claim.scope.split('/');
  const [date = '', scopeRegion = '', service = '', terminator = ''] = parts;
  if (parts.length !== 4 || !/^\d{8}$/.test(date)) {
    return `credential scope ${claim.scope || '(none)'} is not of the form <yyyymmdd>/${region}/${signingService}/aws4_request`;
  }
  if (scopeRegion !== region) return `credential scope region ${scopeRegion || '(empty)'} is not ${region}`;
  if (service !== signingService) return `credential scope service ${service || '(empty)'} is not ${signingService}`;
  if (terminator !== 'aws4_request') return `credential scope ends in ${terminator || '(nothing)'}, not aws4_request`;
  return undefined;
}
