import type { ControlRoute } from '../controlRoute.js';
import { checkedId, idRules } from '../idRules.js';

/** Makes a running task fail now; Voice tasks show the message as StatusMessage. */
export const failTask: ControlRoute = {
  method: 'POST',
  path: '/_chime/tasks/{taskId}/fail',
  summary: 'fail a running task now {"message"?}',
  run(core, labels, body) {
    const where = 'POST /_chime/tasks/{taskId}/fail';
    const message = body['message'] === undefined ? undefined : checkedId(body['message'], where, 'message', idRules.message, '{"message":"The audio stream ended."}');
    return { status: 200, body: core.failTask(labels['taskId'] ?? '', message) };
  },
};
