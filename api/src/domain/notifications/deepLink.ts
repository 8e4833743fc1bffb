import type { NoticeTarget } from './contract.js';

/*
 * Where a notice opens, carried through Teams as the personal tab's `subEntityId` (read back by the tab as
 * `context.page.subPageId`): `<section>/<itemId>`, or `<section>` alone. Sections and ids are the app's
 * own (no personal data), so a link is safe to hand to the activity feed.
 */

/** The static tab every notice opens (the manifest's `staticTabs[0].entityId`). */
export const PERSONAL_TAB_ENTITY_ID = 'my-coaching';

/** The longest deep link Teams follows reliably (PLATFORM-NOTES: keep links under 1,900 characters). */
export const DEEP_LINK_MAX = 1900;

const SECTION = /^[a-z][a-zA-Z0-9-]{0,63}$/;

/** The `subEntityId` for a target; empty when the target names no section. */
export function subPageIdOf(target: NoticeTarget): string {
  if (!target.section) return '';
  return target.itemId ? `${target.section}/${target.itemId}` : target.section;
}

/** The target a `subPageId` names, or null when it is not one of ours. */
export function targetOfSubPageId(subPageId: string | null | undefined): { section: string; itemId?: string } | null {
  if (!subPageId) return null;
  const slash = subPageId.indexOf('/');
  const section = slash < 0 ? subPageId : subPageId.slice(0, slash);
  const itemId = slash < 0 ? undefined : subPageId.slice(slash + 1);
  if (!SECTION.test(section) || itemId === '' || (itemId && itemId.length > 256)) return null;
  return itemId ? { section, itemId } : { section };
}

/**
 * The Teams deep link that opens the personal tab on a target:
 * `https://teams.microsoft.com/l/entity/<appId>/<entityId>?label=…&context={"subEntityId":"…"}`.
 */
export function personalTabDeepLink(teamsAppId: string, target: NoticeTarget, label: string): string {
  const base = `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${PERSONAL_TAB_ENTITY_ID}`;
  const subEntityId = subPageIdOf(target);
  const query = [`label=${encodeURIComponent(label)}`];
  if (subEntityId) query.push(`context=${encodeURIComponent(JSON.stringify({ subEntityId }))}`);
  const link = `${base}?${query.join('&')}`;
  return link.length <= DEEP_LINK_MAX ? link : base;
}
