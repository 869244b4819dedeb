import type { ControlRoute } from '../controlRoute.js';
import { requiredString } from '../members.js';

/** A media insights pipeline that Media Pipelines tasks can run on (needed with --strict-resources). */
export const createPipeline: ControlRoute = {
  method: 'POST',
  path: '/_chime/pipelines',
  summary: 'create a media insights pipeline {"pipelineId"}',
  run(core, _, body) {
    const pipelineId = requiredString(body, 'POST /_chime/pipelines', 'pipelineId', '{"pipelineId":"my-pipeline"}');
    core.createPipeline(pipelineId);
    return { status: 201, body: { pipelineId } };
  },
};
