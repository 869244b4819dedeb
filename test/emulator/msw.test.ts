import { emulatorSuite } from './suite.js';

emulatorSuite('msw');
