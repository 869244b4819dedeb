import { domainGet } from './identity/domainGet.js';
import { profileGet } from './identity/profileGet.js';
import { taskGet } from './identity/taskGet.js';
import { taskStart } from './identity/taskStart.js';
import { scenarioCheck } from './scenario.js';

export const identity = {
  ...scenarioCheck(
    'identity',
    'answers describe the resource asked for: Start a task on the call and leg asked, which Get then finds; Get the ID, call, isCaller, name and domain asked',
    [taskStart, taskGet, domainGet, profileGet],
    (runs) => Math.max(2, Math.ceil(runs / 2)),
    'names no existing resource to read back (Create, Update, Delete and List are read_your_writes)',
  ),
  restsOn: ['pipelineIdentifier', 'unknownTask'],
} as const;
