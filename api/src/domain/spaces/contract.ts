import { z } from 'zod';
import { Id } from '../common/contract.js';
import { text } from '../common/text.js';

/** Roles a person can hold in a sales team space. Interviewers are managers or reps on a hiring loop. */
export const Role = z.enum(['manager', 'rep', 'contributor']);
export type Role = z.infer<typeof Role>;

/** A display name as people type it. */
export const DisplayName = text(80);

/** Where in Teams a space lives: a team channel or a meeting/group chat. */
export const TeamsBinding = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('channel'), teamId: Id, channelId: Id }),
  z.strictObject({ kind: z.literal('chat'), chatId: Id }),
]);
export type TeamsBinding = z.infer<typeof TeamsBinding>;

export const CreateSpaceBody = z.strictObject({
  name: DisplayName,
  binding: TeamsBinding.optional(),
});
export type CreateSpaceBody = z.infer<typeof CreateSpaceBody>;

export const RenameSpaceBody = z.strictObject({ name: DisplayName });
export type RenameSpaceBody = z.infer<typeof RenameSpaceBody>;

export const AddBindingBody = z.strictObject({ binding: TeamsBinding });
export type AddBindingBody = z.infer<typeof AddBindingBody>;

export const InviteMemberBody = z.strictObject({
  userId: Id,
  name: DisplayName,
  role: Role,
});
export type InviteMemberBody = z.infer<typeof InviteMemberBody>;

/** People one request may add at once: more than a picker's pick, far fewer than a space may hold. */
export const MAX_PEOPLE_PER_ADD = 50;

/**
 * Several people at once, each with their role (what the Teams people picker returns, once roles are
 * given). Adding is per person idempotent: people already in the space are left as they are.
 */
export const AddPeopleBody = z.strictObject({
  people: z
    .array(InviteMemberBody)
    .min(1, 'must name at least one person')
    .max(MAX_PEOPLE_PER_ADD, `must name at most ${MAX_PEOPLE_PER_ADD} people`)
    .refine((people) => new Set(people.map((p) => p.userId)).size === people.length, 'must name each person once'),
});
export type AddPeopleBody = z.infer<typeof AddPeopleBody>;

/** POST …/members takes one person (409 when already a member) or a batch ({@link AddPeopleBody}). */
export const AddMembersBody = z.union([InviteMemberBody, AddPeopleBody]);
export type AddMembersBody = z.infer<typeof AddMembersBody>;

export const ChangeRoleBody = z.strictObject({ role: Role });
export type ChangeRoleBody = z.infer<typeof ChangeRoleBody>;

export const SpaceParams = z.strictObject({ spaceId: Id });
export const MemberParams = z.strictObject({ spaceId: Id, userId: Id });

/** A member as the API presents it. */
export const MemberResponse = z.object({
  userId: z.string(),
  name: z.string(),
  role: Role,
  addedAt: z.string(),
});
export type MemberResponse = z.infer<typeof MemberResponse>;

/** A space as the API presents it to one of its members. */
export const SpaceResponse = z.object({
  id: z.string(),
  name: z.string(),
  myRole: Role,
  memberCount: z.number().int(),
  bindings: z.array(TeamsBinding),
  createdAt: z.string(),
  etag: z.string(),
});
export type SpaceResponse = z.infer<typeof SpaceResponse>;

export const SpaceListResponse = z.object({ items: z.array(SpaceResponse) });
export type SpaceListResponse = z.infer<typeof SpaceListResponse>;

export const MemberListResponse = z.object({ items: z.array(MemberResponse) });
export type MemberListResponse = z.infer<typeof MemberListResponse>;

/** The answer to a batch add: the member list, who was added, and who already belonged (left unchanged). */
export const AddPeopleResponse = MemberListResponse.extend({
  added: z.array(z.string()),
  alreadyMembers: z.array(z.string()),
});
export type AddPeopleResponse = z.infer<typeof AddPeopleResponse>;

export const MeResponse = z.object({
  tenantId: z.string(),
  userId: z.string(),
  name: z.string(),
});
export type MeResponse = z.infer<typeof MeResponse>;

export const HealthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  store: z.object({ kind: z.enum(['sqlite', 'cosmos']), ok: z.boolean(), latencyMs: z.number() }),
  authMode: z.enum(['entra', 'dev']),
  version: z.string(),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

/** Bindings a space may hold; more would mean the space is being misused as a directory. */
export const MAX_BINDINGS = 50;
/** Members a space may hold; a sales team plus its contributors stays far below this. */
export const MAX_MEMBERS = 500;
