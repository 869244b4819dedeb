import type { EmulatorCore } from '../../core/createCore.js';
import type { ControlRoute } from '../controlRoute.js';
import { checkedId, idRules, type IdRule } from '../idRules.js';

/** A route that makes one resource from one ID member, and answers it: pipelines and Voice Connectors alike. */
function resourceRoute(path: string, member: string, rule: IdRule, example: string, what: string, make: (core: EmulatorCore, id: string) => void): ControlRoute {
  return {
    method: 'POST',
    path,
    summary: `create ${what} {"${member}"}`,
    run(core, _, body) {
      const id = checkedId(body[member], `POST ${path}`, member, rule, `{"${member}":"${example}"}`);
      make(core, id);
      return { status: 201, body: { [member]: id } };
    },
  };
}

/** A media insights pipeline that Media Pipelines tasks can run on (needed with --strict-resources). */
export const createPipeline = resourceRoute('/_chime/pipelines', 'pipelineId', idRules.pipelineId, 'my-pipeline', 'a media insights pipeline', (core, id) => core.createPipeline(id));

/** A Voice Connector that Voice tasks and calls can run on (needed with --strict-resources). */
export const createVoiceConnector = resourceRoute('/_chime/voice-connectors', 'voiceConnectorId', idRules.voiceConnectorId, 'abcdef1234567890abcde', 'a Voice Connector', (core, id) =>
  core.createVoiceConnector(id),
);
