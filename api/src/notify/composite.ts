import type { Principal } from '../domain/index.js';
import type { DocumentStore } from '../store/port.js';
import type { ActivityFeed } from './graph.js';
import { inbox, type NoticeLog } from './inbox.js';
import type { Notice, Notifier } from './port.js';
import { mutedKinds } from './settings.js';

/**
 * The notifier every feature uses: each notice goes to the in-app inbox always, and to the Teams activity
 * feed when it is configured — only when the inbox took it as new (so a repeated event is sent once) and
 * only when its recipient has not muted its kind in that space. Nothing here throws: a failed notice is
 * logged without personal data and the caller's action goes on.
 */
export function createNotifier(store: DocumentStore, log: NoticeLog, feed?: ActivityFeed): Notifier {
  const box = inbox(store, log);
  return {
    async notify(actor: Principal, notices: Notice[]): Promise<void> {
      const toFeed: Notice[] = [];
      for (const notice of notices) {
        if (notice.recipientId === actor.userId) continue;
        try {
          const muted = (await mutedKinds(store, actor.tenantId, notice.recipientId, notice.spaceId)).has(notice.kind);
          const fresh = await box.record(actor, notice, { muted });
          if (fresh && !muted) toFeed.push(notice);
        } catch (error) {
          log(`notice of kind ${notice.kind} was not recorded: ${(error as Error).name}`);
        }
      }
      if (!feed || toFeed.length === 0) return;
      try {
        await feed.send(actor, toFeed);
      } catch (error) {
        log(`activity feed failed: ${(error as Error).name}`);
      }
    },
  };
}
