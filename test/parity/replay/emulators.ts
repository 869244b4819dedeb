import { startServer, type ServerOptions } from '../../../src/emulator/http/startServer.js';
import { exampleCredentials } from '../../../src/emulator/wire/sigv4.js';
import { defaultAnswerLimits } from '../../../src/verify/reach/answerLimits.js';
import { openTarget } from '../../../src/verify/reach/openTarget.js';
import { chooseWorld, type SetupChoice } from '../../../src/verify/world/chooseWorld.js';

/**
 * `serve --clock manual` as a test starts it: the emulator with real timings on a clock that stands still, its
 * target as verify opens one, and the world its control plane gives (time advanced, calls and pipelines made).
 */
export async function manualEmulator(options: ServerOptions = {}, choice: SetupChoice = { from: 'control-plane' }) {
  const server = await startServer({ clock: 'manual', ...options });
  const opened = await openTarget({ endpoint: server.url, region: 'us-east-1', credentials: exampleCredentials, auth: 'off' });
  const world = await chooseWorld(opened.target, choice, defaultAnswerLimits);
  return {
    server,
    target: opened.target,
    world,
    async close() {
      await world.teardown();
      await opened.close();
      await server.close();
    },
  };
}
