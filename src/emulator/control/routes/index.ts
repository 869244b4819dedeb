import type { ControlRoute } from '../controlRoute.js';
import { advanceClock, readClock } from './clock.js';
import { endCall } from './endCall.js';
import { listEvents } from './events.js';
import { failTask } from './failTask.js';
import { createPipeline, createVoiceConnector } from './resources.js';
import { setProviderState } from './providerStates.js';
import { reset } from './reset.js';
import { setup } from './setup.js';
import { startCall } from './startCall.js';
import { readState } from './state.js';

/** Every path of the control plane, in the order the 404 hint and the README list them. */
export const controlRoutes: readonly ControlRoute[] = [
  createPipeline,
  createVoiceConnector,
  startCall,
  endCall,
  failTask,
  readClock,
  advanceClock,
  reset,
  setProviderState,
  setup,
  readState,
  listEvents,
];
