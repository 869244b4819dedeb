import type { NormaliseContext, Normaliser } from '../normaliser.js';
import { arns } from './arns.js';
import { errorMessages } from './errorMessages.js';
import { identities } from './identities.js';
import { listOrder } from './listOrder.js';
import { requestIds } from './requestIds.js';
import { timestamps } from './timestamps.js';

/** In order: IDs are mapped before ARNs lose their account, and lists are sorted last, by normalised keys. */
export const normalisers: readonly Normaliser[] = [identities, arns, timestamps, requestIds, errorMessages, listOrder];

/** A JSON body with everything volatile taken out, as it is compared. */
export const normalise = (value: unknown, ctx: NormaliseContext, using: readonly Normaliser[] = normalisers): unknown => using.reduce((v, n) => n.normalise(v, ctx), value);
