/** npm run generate:contracts: rewrites contracts/ by playing the canonical interactions through the real SDK. */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateContracts } from './generateContracts.js';

process.env['PACT_DO_NOT_TRACK'] = 'true';
const dir = resolve(import.meta.dirname, '../../contracts');
rmSync(dir, { recursive: true, force: true });
await generateContracts(dir);
console.log(`wrote the canonical contracts to ${dir}`);
