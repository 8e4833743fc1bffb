import type {
  NotificationSettingsResponse,
  NoticeKind,
  Principal,
  SpaceNotificationSettings,
} from '../../domain/index.js';
import { Conflict, NoticeKind as NoticeKinds, PreconditionFailed } from '../../domain/index.js';
import { NOTIFY_SETTINGS_TYPE, notifySettingsId, type NotifySettingsDoc } from '../../notify/settings.js';
import { queryAll } from '../../store/documents.js';
import { userPk } from '../../store/partitions.js';
import type { DocumentStore } from '../../store/port.js';

/** Kinds in the contract's order, each once. */
function normalise(muted: NoticeKind[]): NoticeKind[] {
  const set = new Set(muted);
  return NoticeKinds.options.filter((kind) => set.has(kind));
}

/** The caller's muted kinds for every space where they set any; one query of their own partition. */
export async function listNotificationSettings(
  store: DocumentStore,
  principal: Principal,
): Promise<NotificationSettingsResponse> {
  const docs = await queryAll<NotifySettingsDoc>(store, userPk(principal.tenantId, principal.userId), {
    type: NOTIFY_SETTINGS_TYPE,
  });
  const spaces = docs
    .filter((doc) => doc.muted.length > 0)
    .map((doc) => ({ spaceId: doc.spaceId, muted: normalise(doc.muted) }))
    .sort((a, b) => a.spaceId.localeCompare(b.spaceId));
  return { spaces };
}

/** Sets the kinds the caller mutes in one space (the whole list: the last write wins). */
export async function putNotificationSettings(
  store: DocumentStore,
  principal: Principal,
  spaceId: string,
  muted: NoticeKind[],
): Promise<SpaceNotificationSettings> {
  const doc: NotifySettingsDoc = {
    id: notifySettingsId(spaceId),
    pk: userPk(principal.tenantId, principal.userId),
    type: NOTIFY_SETTINGS_TYPE,
    spaceId,
    muted: normalise(muted),
    updatedAt: new Date().toISOString(),
  };
  // Only the caller writes this document: when two of their devices save at once, the last to land wins.
  for (let attempt = 1; ; attempt++) {
    const current = await store.read<NotifySettingsDoc>(doc.pk, doc.id);
    try {
      const saved = current
        ? await store.replace<NotifySettingsDoc>(doc, { ifMatch: current._etag })
        : await store.create<NotifySettingsDoc>(doc);
      return { spaceId, muted: saved.muted };
    } catch (error) {
      if (!(error instanceof Conflict || error instanceof PreconditionFailed) || attempt >= 20) throw error;
    }
  }
}
