import { OccurrenceBody, SetupOccurrenceBody, SpaceParams } from '../../domain/index.js';
import { defineEndpoint } from '../../http/handle.js';
import { guestView } from './guestView.js';
import { openOccurrence, setupOccurrence } from './occurrences.js';

/**
 * The sales meeting of the occurrence of a Teams meeting where a tab or side panel opens; the first
 * open of an occurrence creates it from the series (see `openOccurrence`). Any member may open it:
 * what it creates comes from what planners prepared.
 */
export const meetingOccurrenceOpen = defineEndpoint({
  name: 'meeting-occurrence-open',
  method: 'POST',
  route: 'spaces/{spaceId}/meeting-occurrences',
  access: { space: 'meetings.read' },
  params: SpaceParams,
  body: OccurrenceBody,
  async run({ access, principal, body, services }) {
    return { body: await openOccurrence(services.store, access, body, principal.userId) };
  },
});

/** Sets up the agenda of a series' first occurrence (or answers the one someone set up first). */
export const meetingOccurrenceSetup = defineEndpoint({
  name: 'meeting-occurrence-setup',
  method: 'POST',
  route: 'spaces/{spaceId}/meeting-occurrences/setup',
  access: { space: 'meetings.plan' },
  params: SpaceParams,
  body: SetupOccurrenceBody,
  async run({ access, principal, body, services }) {
    return { body: await setupOccurrence(services.store, access, body, principal.userId) };
  },
});

/** The read-only view of an occurrence for its attendees, members or guests (see `guestView`). */
export const meetingOccurrenceView = defineEndpoint({
  name: 'meeting-occurrence-view',
  method: 'POST',
  route: 'spaces/{spaceId}/meeting-occurrences/view',
  access: 'signedIn',
  params: SpaceParams,
  body: OccurrenceBody,
  async run({ principal, params, body, services }) {
    return { body: await guestView(services.store, principal, params.spaceId, body) };
  },
});
