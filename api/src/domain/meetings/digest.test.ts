import { describe, expect, it } from 'vitest';

import { buildDigest, type DigestMeeting } from './digest.js';

function buildMeeting(overrides: Partial<DigestMeeting> = {}): DigestMeeting {
  return { title: 'Weekly sales meeting', scheduledStart: '2025-09-08T09:00:00Z', ...overrides };
}

describe('buildDigest', () => {
  it('writes one message with a subject, an intro, a bullet per item and a closing line', () => {
    const digest = buildDigest(buildMeeting(), [
      {
        title: 'Q3 quota update',
        ownerName: 'Alex Kim',
        notes: 'Team at 92% of plan.\n\nDashboard link in the channel.',
      },
      { title: 'FYI: new expense policy' },
    ]);
    expect(digest).toEqual({
      subject: 'Pre-read: Weekly sales meeting (Sep 8, 2025)',
      text: [
        'Please read this before Weekly sales meeting on Sep 8, 2025, so that our time together goes to selling.',
        '',
        '- Q3 quota update (owner: Alex Kim)',
        '  Team at 92% of plan.',
        '  Dashboard link in the channel.',
        '- FYI: new expense policy',
        '',
        'When you have read it, please mark it as read in Coachboard.',
      ].join('\n'),
    });
  });

  it('formats the date in the given locale, on the UTC day', () => {
    const late = buildMeeting({ scheduledStart: '2025-09-08T23:30:00-05:00' });
    expect(buildDigest(late, []).subject).toBe('Pre-read: Weekly sales meeting (Sep 9, 2025)');
    expect(buildDigest(buildMeeting(), [], 'de-DE').subject).toBe('Pre-read: Weekly sales meeting (08.09.2025)');
  });

  it('gives the same text for the same inputs', () => {
    const items = [{ title: 'Update on Contoso renewal', ownerName: 'Lynne', notes: 'Signed Friday.' }];
    expect(buildDigest(buildMeeting(), items)).toEqual(buildDigest(buildMeeting(), items));
  });

  it('keeps each item on one bullet line even when the title spans lines', () => {
    const { text } = buildDigest(buildMeeting(), [{ title: '  Reminder:\n CRM   hygiene ', ownerName: ' Sam ' }]);
    expect(text.split('\n')).toContain('- Reminder: CRM hygiene (owner: Sam)');
  });

  it('still writes the message when the date or locale cannot be used', () => {
    expect(buildDigest(buildMeeting({ scheduledStart: 'next Monday' }), []).subject).toBe(
      'Pre-read: Weekly sales meeting',
    );
    expect(buildDigest(buildMeeting(), [], 'not a locale!').subject).toBe(
      'Pre-read: Weekly sales meeting (Sep 8, 2025)',
    );
  });

  it('says so when there is nothing to read', () => {
    expect(buildDigest(buildMeeting(), []).text).toContain('- Nothing to read this time.');
  });
});
