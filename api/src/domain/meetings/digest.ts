/**
 * The pre-read digest: the agenda items that could be an email, as one message a manager can paste into
 * an e-mail or a Teams post. Plain text with "- " bullets, which both render as a list.
 */

/** A meeting as the digest needs it; `scheduledStart` is an ISO 8601 date-time. */
export interface DigestMeeting {
  title: string;
  scheduledStart: string;
}

/** An agenda item moved to the digest. */
export interface DigestItem {
  title: string;
  ownerName?: string;
  notes?: string;
}

/** Subject and body of the pre-read message. */
export interface Digest {
  subject: string;
  text: string;
}

const NOTES_INDENT = '  ';

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Formats the meeting day in UTC so that the same inputs give the same text everywhere; '' if unparseable. */
function meetingDate(scheduledStart: string, locale: string | undefined): string {
  const start = new Date(scheduledStart);
  if (Number.isNaN(start.getTime())) return '';
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale ?? 'en-US', options);
  } catch {
    // A malformed locale tag from the client must not cost the manager the digest.
    format = new Intl.DateTimeFormat('en-US', options);
  }
  return format.format(start);
}

function bullet(item: DigestItem): string[] {
  const title = oneLine(item.title) || 'Untitled item';
  const owner = item.ownerName ? oneLine(item.ownerName) : '';
  const notes = (item.notes ?? '')
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => NOTES_INDENT + line);
  return [owner ? `- ${title} (owner: ${owner})` : `- ${title}`, ...notes];
}

/** Builds the pre-read message for a meeting; deterministic for the same inputs. */
export function buildDigest(meeting: DigestMeeting, items: DigestItem[], locale?: string): Digest {
  const title = oneLine(meeting.title);
  const date = meetingDate(meeting.scheduledStart, locale);
  const subject = date ? `Pre-read: ${title} (${date})` : `Pre-read: ${title}`;
  const intro = date
    ? `Please read this before ${title} on ${date}, so that our time together goes to selling.`
    : `Please read this before ${title}, so that our time together goes to selling.`;
  const body = items.length > 0 ? items.flatMap(bullet) : ['- Nothing to read this time.'];
  const closing = 'When you have read it, please mark it as read in Coachboard.';
  return { subject, text: [intro, '', ...body, '', closing].join('\n') };
}
