import { validateEvent } from '../../contract/validateEvent.js';
import { ContractExampleError } from '../contractExampleError.js';
import { eventSchemaPath } from './eventSchemas.js';
import type { EventEnvelope, EventSpec } from './eventSpec.js';
import { eventStatuses, type EventStatusKey } from './eventStatuses.js';

/** Fixed, so a pact built from a detail alone is the same on every run. */
const defaultEnvelope: EventEnvelope = {
  version: '0',
  id: '5b8e2f3a-0c1d-4e6f-8a9b-0c1d2e3f4a5b',
  source: 'aws.chime',
  account: '111122223333',
  time: '2026-11-22T10:00:00.000Z',
  region: 'us-east-1',
};

/**
 * The whole example event of one builder, checked against the event schema: a consumer's example that AWS
 * would never send is refused here, with the validator's issues and the rule each breaks, before any pact
 * is written. An example of another status than the builder's is refused too.
 */
export function exampleEvent<K extends EventStatusKey>(key: K, spec: EventSpec<K>): Record<string, unknown> {
  const { detailType, detailStatus } = eventStatuses[key];
  const event: Record<string, unknown> = 'event' in spec ? { ...spec.event } : { ...defaultEnvelope, ...spec.envelope, 'detail-type': detailType, detail: { ...spec.detail, detailStatus } };
  const subject = { id: `events.${key}`, schema: eventSchemaPath(detailType) };
  const detail = event['detail'] as Record<string, unknown> | undefined;
  if (event['detail-type'] !== detailType || detail?.['detailStatus'] !== detailStatus) {
    const message = `the example is a ${String(event['detail-type'])} ${String(detail?.['detailStatus'])} event; events.${key} builds ${detailType} ${detailStatus} events`;
    throw new ContractExampleError(subject, 'event', [{ path: '/detail/detailStatus', rule: 'enum', message }]);
  }
  const checked = validateEvent(event);
  if (!checked.valid)
    throw new ContractExampleError(
      subject,
      'event',
      checked.issues.map((i) => ({ ...i, message: `${i.message} (rule: ${i.rule})` })),
    );
  return event;
}
