import { z } from 'zod';

/**
 * What a notice is about; each kind can be muted per space (see the inbox settings). A capability adds
 * its kinds (and their activity types in the manifest) when it lands.
 */
export const NoticeKind = z.enum([
  'actionAssigned',
  'selfAssessmentDue',
  'feedbackShared',
  'roleplayResultReady',
  'scorecardDue',
  'commitmentDue',
  'agreementToSign',
  'commitmentOwedDue',
  'opportunityAssigned',
  'opportunityUpdated',
  'pointsCredited',
  'barrierRaised',
  'barrierResolved',
]);
export type NoticeKind = z.infer<typeof NoticeKind>;

/** Where a notice opens: a page of the app, optionally a section and an item in it. */
export const NoticeTarget = z.object({
  page: z.enum(['personal', 'channel']),
  section: z.string().max(64).optional(),
  itemId: z.string().max(256).optional(),
});
export type NoticeTarget = z.infer<typeof NoticeTarget>;

/** One notice as the recipient's inbox lists it. */
export const InboxItem = z.object({
  id: z.string(),
  spaceId: z.string(),
  kind: NoticeKind,
  title: z.string(),
  target: NoticeTarget,
  actorName: z.string(),
  createdAt: z.string(),
  readAt: z.string().optional(),
});
export type InboxItem = z.infer<typeof InboxItem>;

export const InboxResponse = z.object({
  items: z.array(InboxItem),
  unread: z.number().int(),
});
export type InboxResponse = z.infer<typeof InboxResponse>;

/** Longest title a notice carries (the activity feed shows about one line). */
export const NOTICE_TITLE_MAX = 150;

/** The kinds a person muted in one space: not sent to the activity feed, and stored in the inbox as read. */
export const NotificationSettingsBody = z.strictObject({
  muted: z.array(NoticeKind).max(NoticeKind.options.length),
});
export type NotificationSettingsBody = z.infer<typeof NotificationSettingsBody>;

export const SpaceNotificationSettings = z.object({
  spaceId: z.string(),
  muted: z.array(NoticeKind),
});
export type SpaceNotificationSettings = z.infer<typeof SpaceNotificationSettings>;

/** The caller's settings for every space where they muted something (a space not listed mutes nothing). */
export const NotificationSettingsResponse = z.object({
  spaces: z.array(SpaceNotificationSettings),
});
export type NotificationSettingsResponse = z.infer<typeof NotificationSettingsResponse>;
