import { randomUUID } from 'node:crypto';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  can,
  type ChangeRoleBody,
  Conflict,
  type CreateSpaceBody,
  Forbidden,
  type AddPeopleBody,
  type InviteMemberBody,
  LastManager,
  MAX_BINDINGS,
  MAX_MEMBERS,
  NotFound,
  type Principal,
  type TeamsBinding,
  ValidationError,
} from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { updateWithRetry } from '../../store/retry.js';
import { mySpaceId, spacePk, userPk, type MySpaceDoc, type SpaceDoc, type StoredSpace } from './model.js';

const nowIso = (): string => new Date().toISOString();

async function indexMembership(store: DocumentStore, tenantId: string, userId: string, spaceId: string): Promise<void> {
  const doc: MySpaceDoc = {
    id: mySpaceId(spaceId),
    pk: userPk(tenantId, userId),
    type: 'mySpace',
    spaceId,
    joinedAt: nowIso(),
  };
  try {
    await store.create(doc);
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
  }
}

async function unindexMembership(
  store: DocumentStore,
  tenantId: string,
  userId: string,
  spaceId: string,
): Promise<void> {
  try {
    await store.delete(userPk(tenantId, userId), mySpaceId(spaceId));
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
  }
}

/** Creates a space with the caller as its first manager. */
export async function createSpace(
  store: DocumentStore,
  principal: Principal,
  body: CreateSpaceBody,
  spaceId: string = randomUUID(),
): Promise<StoredSpace> {
  const at = nowIso();
  const doc: SpaceDoc = {
    id: 'space',
    pk: spacePk(principal.tenantId, spaceId),
    type: 'space',
    spaceId,
    tenantId: principal.tenantId,
    name: body.name,
    members: [{ userId: principal.userId, name: principal.name, role: 'manager', addedAt: at }],
    bindings: body.binding ? [body.binding] : [],
    createdAt: at,
    createdBy: principal.userId,
  };
  const created = await store.create(doc);
  await indexMembership(store, principal.tenantId, principal.userId, spaceId);
  return created;
}

/** Renames a space; `ifMatch` is the etag the client saw, so a concurrent rename is never overwritten. */
export async function renameSpace(
  store: DocumentStore,
  access: SpaceAccess,
  name: string,
  ifMatch: string,
): Promise<StoredSpace> {
  return store.replace({ ...access.space, name }, { ifMatch });
}

const sameBinding = (a: TeamsBinding, b: TeamsBinding): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Binds a Teams channel or chat to the space (idempotent). */
export async function bindSpace(
  store: DocumentStore,
  access: SpaceAccess,
  binding: TeamsBinding,
): Promise<StoredSpace> {
  return updateWithRetry<SpaceDoc>(store, access.space.pk, 'space', (space) => {
    if (space.bindings.some((b) => sameBinding(b, binding))) return space;
    if (space.bindings.length >= MAX_BINDINGS) {
      throw new ValidationError(`A space can be bound to at most ${MAX_BINDINGS} channels and chats.`);
    }
    return { ...space, bindings: [...space.bindings, binding] };
  });
}

/** Adds a member; 409 when they already belong to the space. */
export async function inviteMember(
  store: DocumentStore,
  access: SpaceAccess,
  body: InviteMemberBody,
): Promise<StoredSpace> {
  const updated = await updateWithRetry<SpaceDoc>(store, access.space.pk, 'space', (space) => {
    if (space.members.some((m) => m.userId === body.userId)) throw new Conflict('This person is already a member.');
    if (space.members.length >= MAX_MEMBERS)
      throw new ValidationError(`A space can have at most ${MAX_MEMBERS} members.`);
    return { ...space, members: [...space.members, { ...body, addedAt: nowIso() }] };
  });
  await indexMembership(store, updated.tenantId, body.userId, updated.spaceId);
  return updated;
}

/** What a batch add did: the space after it, who was added and who already belonged. */
export interface AddedPeople {
  space: StoredSpace;
  added: string[];
  alreadyMembers: string[];
}

/**
 * Adds several people in one write. Per person it is idempotent: someone already in the space (also
 * when added by a concurrent request) keeps their membership and role, so adding the same person twice
 * at once yields one membership.
 */
export async function addPeople(store: DocumentStore, access: SpaceAccess, body: AddPeopleBody): Promise<AddedPeople> {
  let added: string[] = [];
  let alreadyMembers: string[] = [];
  const updated = await updateWithRetry<SpaceDoc>(store, access.space.pk, 'space', (space) => {
    const present = new Set(space.members.map((m) => m.userId));
    const fresh = body.people.filter((p) => !present.has(p.userId));
    // Recomputed on every attempt: a retry sees who a concurrent request added meanwhile.
    added = fresh.map((p) => p.userId);
    alreadyMembers = body.people.filter((p) => present.has(p.userId)).map((p) => p.userId);
    if (fresh.length === 0) return space;
    if (space.members.length + fresh.length > MAX_MEMBERS)
      throw new ValidationError(`A space can have at most ${MAX_MEMBERS} members.`);
    const at = nowIso();
    const entries = fresh.map((p) => ({ userId: p.userId, name: p.name, role: p.role, addedAt: at }));
    return { ...space, members: [...space.members, ...entries] };
  });
  await Promise.all(added.map((userId) => indexMembership(store, updated.tenantId, userId, updated.spaceId)));
  return { space: updated, added, alreadyMembers };
}

const managerCount = (space: SpaceDoc): number => space.members.filter((m) => m.role === 'manager').length;

/** Changes a member's role; the last manager cannot be demoted. */
export async function changeRole(
  store: DocumentStore,
  access: SpaceAccess,
  userId: string,
  body: ChangeRoleBody,
): Promise<StoredSpace> {
  return updateWithRetry<SpaceDoc>(store, access.space.pk, 'space', (space) => {
    const target = space.members.find((m) => m.userId === userId);
    if (!target) throw new NotFound('member');
    if (target.role === 'manager' && body.role !== 'manager' && managerCount(space) === 1) throw new LastManager();
    return { ...space, members: space.members.map((m) => (m.userId === userId ? { ...m, role: body.role } : m)) };
  });
}

/** Removes a member (a manager's right), or lets a member leave; the last manager cannot go. */
export async function removeMember(store: DocumentStore, access: SpaceAccess, userId: string): Promise<StoredSpace> {
  if (userId !== access.member.userId && !can(access.member.role, 'members.remove'))
    throw new Forbidden(`A ${access.member.role} may not do this (members.remove).`);
  const updated = await updateWithRetry<SpaceDoc>(store, access.space.pk, 'space', (space) => {
    const target = space.members.find((m) => m.userId === userId);
    if (!target) throw new NotFound('member');
    if (target.role === 'manager' && managerCount(space) === 1) throw new LastManager();
    return { ...space, members: space.members.filter((m) => m.userId !== userId) };
  });
  await unindexMembership(store, updated.tenantId, userId, updated.spaceId);
  return updated;
}
