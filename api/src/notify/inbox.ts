import { createHash } from 'node:crypto';
import { Conflict, NOTICE_TITLE_MAX, type Principal } from '../domain/index.js';
import { userPk } from '../store/partitions.js';
import type { DocumentStore } from '../store/port.js';
import type { Notice, Notifier } from './port.js';

export const NOTICE_TYPE = 'notice';

/** A notice as stored in the recipient's own partition. */
export interface NoticeDoc {
  id: string;
  pk: string;
  type: typeof NOTICE_TYPE;
  tenantId: string;
  recipientId: string;
  spaceId: string;
  kind: Notice['kind'];
  eventKey: string;
  title: string;
  target: Notice['target'];
  actorId: string;
  actorName: string;
  createdAt: string;
  readAt?: string;
  [field: string]: unknown;
}

/** One id per (event, recipient): a repeated event finds the document there and is ignored. */
export function noticeId(eventKey: string): string {
  return `notice:${createHash('sha256').update(eventKey).digest('base64url').slice(0, 32)}`;
}

/** Logs without personal data: kinds and counts only. */
export type NoticeLog = (message: string) => void;

/** The in-app inbox: always on, in local mode and in Teams alike. */
export function inboxNotifier(store: DocumentStore, log: NoticeLog = () => undefined): Notifier {
  return {
    async notify(actor: Principal, notices: Notice[]): Promise<void> {
      for (const notice of notices) {
        if (notice.recipientId === actor.userId) continue;
        const doc: NoticeDoc = {
          id: noticeId(notice.eventKey),
          pk: userPk(actor.tenantId, notice.recipientId),
          type: NOTICE_TYPE,
          tenantId: actor.tenantId,
          recipientId: notice.recipientId,
          spaceId: notice.spaceId,
          kind: notice.kind,
          eventKey: notice.eventKey,
          title: notice.title.slice(0, NOTICE_TITLE_MAX),
          target: notice.target,
          actorId: actor.userId,
          actorName: actor.name,
          createdAt: new Date().toISOString(),
        };
        try {
          await store.create(doc);
        } catch (error) {
          if (error instanceof Conflict) continue; // the same event again: one notice per event per person
          log(`inbox notice of kind ${notice.kind} was not stored: ${(error as Error).name}`);
        }
      }
    },
  };
}
