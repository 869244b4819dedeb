import { emulatorSuite } from './suite.js';

emulatorSuite('http');
