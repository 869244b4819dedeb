import fc from 'fast-check';
import { arbitraries } from 'chime-conformance';

// Your implementation's input check for voice.CreateVoiceProfile (a hand-written one, as services have).
function acceptsCreateVoiceProfile(input: unknown): boolean {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
  const id = (input as { SpeakerSearchTaskId?: unknown }).SpeakerSearchTaskId;
  return typeof id === 'string' && [...id].length >= 1 && [...id].length <= 256 && /\S/.test(id);
}

// Everything the contract accepts, your check must accept.
fc.assert(fc.property(arbitraries.validRequest('voice.CreateVoiceProfile'), (input) => acceptsCreateVoiceProfile(input)));

// Everything that breaks one rule, your check must reject; a failure prints the shrunk request and its rule.
fc.assert(
  fc.property(arbitraries.invalidRequest('voice.CreateVoiceProfile'), ({ request, mutation }) => {
    if (acceptsCreateVoiceProfile(request)) throw new Error(`accepted a request that breaks ${mutation.rule} at ${mutation.path}`);
  }),
);
console.log('voice.CreateVoiceProfile: the check conforms');
