import { describe, expect, it } from 'vitest';
import { orderMeetings } from './MeetingsSection';
import { buildMeeting } from './factories';

describe('the Meetings section’s order', () => {
  it('puts the running meeting first, then upcoming soonest first, then past latest first', () => {
    const meetings = [
      buildMeeting({ id: 'past-1', status: 'ended', scheduledStart: '2026-11-17T09:00:00.000Z' }),
      buildMeeting({ id: 'later', status: 'draft', scheduledStart: '2026-12-15T09:00:00.000Z' }),
      buildMeeting({ id: 'now', status: 'running', scheduledStart: '2026-12-01T09:00:00.000Z' }),
      buildMeeting({ id: 'past-2', status: 'ended', scheduledStart: '2026-11-24T09:00:00.000Z' }),
      buildMeeting({ id: 'next', status: 'draft', scheduledStart: '2026-12-08T09:00:00.000Z' }),
    ];
    const ordered = orderMeetings(meetings);
    expect(ordered.running.map((m) => m.id)).toEqual(['now']);
    expect(ordered.upcoming.map((m) => m.id)).toEqual(['next', 'later']);
    expect(ordered.past.map((m) => m.id)).toEqual(['past-2', 'past-1']);
  });
});
