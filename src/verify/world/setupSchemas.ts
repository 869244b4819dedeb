import answers from '../../../schemas/setup/answers.json' with { type: 'json' };
import fixtures from '../../../schemas/setup/fixtures.json' with { type: 'json' };
import request from '../../../schemas/setup/request.json' with { type: 'json' };

/**
 * verify's setup protocol and fixtures file, as JSON Schemas (2020-12), for hooks and tools of other languages:
 * also shipped as `chime-conformance/schemas/setup/*.json`. `answers` defines each answer under `$defs`.
 */
export const setupSchemas = { request, answers, fixtures } as const;
