import { closeWithMeeting, type RoleplayRun } from '../../domain/index.js';
import { queryAll } from '../../store/documents.js';
import type { DocumentStore } from '../../store/port.js';
import { updateWithRetry } from '../../store/retry.js';
import { roleplayDocId, type RoleplayDoc } from './model.js';

/** The most role-plays one meeting holds (a few per role-play item). */
const PER_MEETING_MAX = 200;

function runOf(doc: RoleplayDoc): RoleplayRun {
  const { status, round, rounds, roundMs, timer, log } = doc;
  return { status, round, rounds, roundMs, timer, log, closedAt: doc.closedAt ?? null };
}

/**
 * Closes every role-play of a meeting that is still open, because the meeting ended at `now`: none
 * of them may go on counting, or open by itself, in a later meeting. Each keeps what it was before
 * (`reopenAs`), so that undoing the end can put it back. Each role-play is its own read-modify-write,
 * retried when a facilitator moved it at the same moment. Returns how many it closed.
 */
export async function closeMeetingRoleplays(
  store: DocumentStore,
  pk: string,
  meetingId: string,
  now: number,
): Promise<number> {
  const found = await queryAll<RoleplayDoc>(store, pk, {
    type: 'roleplay',
    where: { meetingId },
    limit: PER_MEETING_MAX,
  });
  let closed = 0;
  for (const roleplay of found.filter((r) => r.status !== 'closed')) {
    await updateWithRetry<RoleplayDoc>(store, pk, roleplayDocId(roleplay.roleplayId), (doc) => {
      if (doc.status === 'closed') return doc;
      const run = runOf(doc);
      return { ...doc, ...closeWithMeeting(run, now), reopenAs: run };
    });
    closed++;
  }
  return closed;
}

/**
 * Undoing the end of a meeting that ended at `endedAt`: the role-plays that end closed are as they
 * were. One reopened or closed by its facilitator since is left alone.
 */
export async function reopenMeetingRoleplays(
  store: DocumentStore,
  pk: string,
  meetingId: string,
  endedAt: number,
): Promise<void> {
  const found = await queryAll<RoleplayDoc>(store, pk, {
    type: 'roleplay',
    where: { meetingId, status: 'closed' },
    limit: PER_MEETING_MAX,
  });
  for (const roleplay of found.filter((r) => r.closedAt === endedAt && r.reopenAs)) {
    await updateWithRetry<RoleplayDoc>(store, pk, roleplayDocId(roleplay.roleplayId), (doc) =>
      doc.status === 'closed' && doc.closedAt === endedAt && doc.reopenAs
        ? { ...doc, ...doc.reopenAs, reopenAs: null }
        : doc,
    );
  }
}

/** The role-plays set up in one meeting, oldest first (what its recap lists). */
export async function listMeetingRoleplays(
  store: DocumentStore,
  pk: string,
  meetingId: string,
): Promise<RoleplayDoc[]> {
  const found = await queryAll<RoleplayDoc>(store, pk, {
    type: 'roleplay',
    where: { meetingId },
    limit: PER_MEETING_MAX,
  });
  return found.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
