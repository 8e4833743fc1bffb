import type { InboxItem, InboxResponse, Principal } from '../../domain/index.js';
import { NotFound } from '../../domain/index.js';
import { NOTICE_TYPE, type NoticeDoc } from '../../notify/inbox.js';
import { userPk } from '../../store/partitions.js';
import type { DocumentStore } from '../../store/port.js';
import { updateWithRetry } from '../../store/retry.js';

/** The inbox shows the newest notices; older ones stay stored but leave the list. */
export const INBOX_PAGE = 50;

function present(doc: NoticeDoc): InboxItem {
  return {
    id: doc.id,
    spaceId: doc.spaceId,
    kind: doc.kind,
    title: doc.title,
    target: doc.target,
    actorName: doc.actorName,
    createdAt: doc.createdAt,
    ...(doc.readAt ? { readAt: doc.readAt } : {}),
  };
}

/** The caller's newest notices, one store query whatever the history. */
export async function listInbox(store: DocumentStore, principal: Principal): Promise<InboxResponse> {
  const page = await store.query<NoticeDoc>(userPk(principal.tenantId, principal.userId), {
    type: NOTICE_TYPE,
    orderBy: { field: 'createdAt', direction: 'desc' },
    limit: INBOX_PAGE,
  });
  const items = page.items.map(present);
  return { items, unread: items.filter((item) => !item.readAt).length };
}

/** Marks one of the caller's notices read; marking it again changes nothing. */
export async function markNoticeRead(store: DocumentStore, principal: Principal, noticeId: string): Promise<InboxItem> {
  const pk = userPk(principal.tenantId, principal.userId);
  const current = await store.read<NoticeDoc>(pk, noticeId);
  if (current?.type !== NOTICE_TYPE) throw new NotFound('notice');
  if (current.readAt) return present(current);
  const saved = await updateWithRetry<NoticeDoc>(store, pk, noticeId, (doc) => ({
    ...doc,
    readAt: doc.readAt ?? new Date().toISOString(),
  }));
  return present(saved);
}
