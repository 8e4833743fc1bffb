import type { NoticeKind } from '../domain/index.js';
import { userPk } from '../store/partitions.js';
import type { DocumentStore } from '../store/port.js';

export const NOTIFY_SETTINGS_TYPE = 'notifySettings';

/**
 * A person's notification settings for one space, in their own partition: the kinds they muted there.
 * A muted kind is not sent to the activity feed; its notice is still kept in the inbox, already read, so
 * it never counts as unread and the history stays whole.
 */
export interface NotifySettingsDoc {
  id: string;
  pk: string;
  type: typeof NOTIFY_SETTINGS_TYPE;
  spaceId: string;
  muted: NoticeKind[];
  updatedAt: string;
  [field: string]: unknown;
}

export const notifySettingsId = (spaceId: string): string => `notifySettings:${spaceId}`;

/** The kinds a person muted in a space (none when they never changed anything). */
export async function mutedKinds(
  store: DocumentStore,
  tenantId: string,
  userId: string,
  spaceId: string,
): Promise<Set<NoticeKind>> {
  const doc = await store.read<NotifySettingsDoc>(userPk(tenantId, userId), notifySettingsId(spaceId));
  return new Set(doc?.type === NOTIFY_SETTINGS_TYPE ? doc.muted : []);
}
