import { createEmulatorCore } from '../../emulator/core/createCore.js';
import type { ChimeEvent } from '../../emulator/core/events/chimeEvent.js';
import { eventScenarios } from './eventScenarios.js';
import { pathOf, type EventPath } from './eventStatuses.js';

/**
 * The first event of this status and path that a fresh emulator really sends, when its scenario runs on a
 * manual clock: what a message provider answers, so a change in what the emulator emits fails verification.
 */
export function emulatedEvent(detailStatus: string, path: EventPath): ChimeEvent {
  const scenario = Object.hasOwn(eventScenarios, detailStatus) ? eventScenarios[detailStatus] : undefined;
  if (!scenario) throw new Error(`chime-conformance pact: the emulator has no scenario that sends ${detailStatus} events; it sends ${Object.keys(eventScenarios).join(', ')}`);
  const core = createEmulatorCore({ clock: 'manual', timings: 'fast' });
  scenario(core, path);
  core.clock.advance(60_000);
  const found = core.events.since(0).events.find(({ event }) => event.detail['detailStatus'] === detailStatus && pathOf(event.detail) === path);
  if (!found) throw new Error(`chime-conformance pact: the emulator sent no ${detailStatus} event on the ${path} path in its scenario`);
  return found.event;
}
