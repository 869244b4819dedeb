import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** contracts/ of this package, wherever it is installed (dist/src/cli/commands or src/cli/commands → the package root). */
const packageRoot = resolve(import.meta.dirname, existsSync(resolve(import.meta.dirname, '../../../contracts')) ? '../../..' : '../../../..');

/** The canonical pacts of consumer aws-sdk-js-v3, the default of `pact verify` and `pact publish`. */
export const canonicalContracts = ['aws-sdk-js-v3-chime-sdk-media-pipelines.json', 'aws-sdk-js-v3-chime-sdk-voice.json'].map((f) => resolve(packageRoot, 'contracts', f));
