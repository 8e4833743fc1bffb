import { OccurrenceBody, type OccurrenceBody as OccurrenceBodyType, SetupOccurrenceBody } from '../src/domain/index.js';
import { uniqueId } from './factories.js';
import type { RouteSample } from './route-samples.js';

/** Which occurrence of a (new) Teams meeting a tab opens in; override the details or the date. */
export function buildOccurrenceBody(overrides: Partial<OccurrenceBodyType> = {}): OccurrenceBodyType {
  return {
    teamsMeetingId: `MCMxOTptZWV0aW5nXyR7${uniqueId('tm')}`,
    chatId: `19:meeting_${uniqueId('chat')}@thread.v2`,
    localDate: '2026-12-03',
    ...overrides,
  };
}

/** Route samples of the occurrences of a Teams series (see route-samples.ts). */
export const OCCURRENCE_SAMPLES: Record<string, RouteSample> = {
  'meeting-occurrence-open': { schema: OccurrenceBody, body: () => buildOccurrenceBody() },
  // The sample names no occurrence: every caller gets 401 or 404 (occurrences.test.ts reads real ones).
  'meeting-occurrence-view': { schema: OccurrenceBody, body: () => buildOccurrenceBody() },
  'meeting-occurrence-setup': {
    schema: SetupOccurrenceBody,
    body: () => ({
      ...buildOccurrenceBody(),
      title: 'Weekly sales meeting',
      scheduledStart: '2026-12-03T09:00:00Z',
      lengthMinutes: 60,
    }),
  },
};
