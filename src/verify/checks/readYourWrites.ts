import { domainCreate, domainDelete, domainList, domainUpdate } from './readYourWrites/domainWrites.js';
import { profileCreate, profileDelete, profileList, profileUpdate } from './readYourWrites/profileWrites.js';
import { scenarioCheck } from './scenario.js';

export const readYourWrites = {
  ...scenarioCheck(
    'read_your_writes',
    'Create and Update answer the values written and a later Get returns them; List holds what was created, not what was deleted; a deleted domain or profile is NotFound',
    [domainCreate, domainUpdate, domainDelete, domainList, profileCreate, profileUpdate, profileDelete, profileList],
    (runs) => Math.max(2, Math.ceil(runs / 4)),
    'writes or lists no voice profile domain or profile',
  ),
  restsOn: ['unknownTask', 'domainDeletion'],
} as const;
