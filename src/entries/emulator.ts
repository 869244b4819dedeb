/**
 * chime-conformance/emulator: the emulator's core (browser-safe), its node:http server and the clocks. Loads
 * @smithy/signature-v4 for SigV4; the MSW handlers are chime-conformance/msw, so msw is never loaded here.
 */
export { steppedClock, systemClock } from '../emulator/core/clock.js';
export type { Clock, SteppedClock } from '../emulator/core/clock.js';
export { createEmulatorCore } from '../emulator/core/createCore.js';
export type { CoreResult, EmulatorCore, SeedTask, StateApi } from '../emulator/core/createCore.js';
export { emulatedClock } from '../emulator/core/emulatedClock.js';
export type { ClockMode, EmulatedClock } from '../emulator/core/emulatedClock.js';
export { defaultLifecycle, documentedRetention, fastLifecycle } from '../emulator/core/options.js';
export type { EmulatorOptions, LifecycleTimings, RetentionWindows, TimingsMode } from '../emulator/core/options.js';
export type { CallView } from '../emulator/core/stateApi/calls.js';
export type { StateSnapshot } from '../emulator/core/stateApi/snapshot.js';
export { startServer } from '../emulator/http/startServer.js';
export type { RunningServer, ServerOptions } from '../emulator/http/startServer.js';
export { exampleCredentials } from '../emulator/wire/sigv4.js';
