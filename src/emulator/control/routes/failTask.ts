import type { ControlRoute } from '../controlRoute.js';
import { optionalString } from '../members.js';

/** Makes a running task fail now; Voice tasks show the message as StatusMessage. */
export const failTask: ControlRoute = {
  method: 'POST',
  path: '/_chime/tasks/{taskId}/fail',
  summary: 'fail a running task now {"message"?}',
  run(core, labels, body) {
    const message = optionalString(body, 'POST /_chime/tasks/{taskId}/fail', 'message', '{"message":"The audio stream ended."}');
    return { status: 200, body: core.failTask(labels['taskId'] ?? '', message) };
  },
};
