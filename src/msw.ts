/** chime-conformance/msw: the emulator as MSW request handlers (a separate entry, so msw loads only where used). */
export { createChimeHandlers } from './emulator/msw/createChimeHandlers.js';
export type { ChimeHandlersOptions } from './emulator/msw/createChimeHandlers.js';
