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

/** Unbinding names the binding to remove; the space keeps its data and its other bindings. */
export const RemoveBindingBody = z.strictObject({ binding: TeamsBinding });
export type RemoveBindingBody = z.infer<typeof RemoveBindingBody>;

export const InviteMemberBody = z.strictObject({
  userId: Id,
  name: DisplayName,
  role: Role,
});
export type InviteMemberBody = z.infer<typeof InviteMemberBody>;

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
  /** When a manager archived the space (read-only until restored); null while active. */
  archivedAt: z.string().nullable(),
  etag: z.string(),
});
export type SpaceResponse = z.infer<typeof SpaceResponse>;

export const SpaceListResponse = z.object({ items: z.array(SpaceResponse) });
export type SpaceListResponse = z.infer<typeof SpaceListResponse>;

export const MemberListResponse = z.object({ items: z.array(MemberResponse) });
export type MemberListResponse = z.infer<typeof MemberListResponse>;

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
