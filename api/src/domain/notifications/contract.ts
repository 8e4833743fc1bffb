import { z } from 'zod';

/** What a notice is about; each kind can be muted per space (see the inbox settings). */
export const NoticeKind = z.enum([
  'actionAssigned',
  'selfAssessmentDue',
  'feedbackShared',
  'roleplayResultReady',
  'scorecardDue',
  'barrierChanged',
  'agreementToSign',
  'opportunityRouted',
  'commitmentDue',
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
