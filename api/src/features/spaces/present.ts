import type { MemberResponse, SpaceResponse } from '../../domain/index.js';
import type { MemberEntry, StoredSpace } from './model.js';

const roleOrder = { manager: 0, rep: 1, contributor: 2 } as const;

/** A space as one of its members sees it. */
export function presentSpace(space: StoredSpace, userId: string): SpaceResponse {
  const me = space.members.find((m) => m.userId === userId);
  return {
    id: space.spaceId,
    name: space.name,
    myRole: me?.role ?? 'contributor',
    memberCount: space.members.length,
    bindings: space.bindings,
    createdAt: space.createdAt,
    archivedAt: space.archivedAt ?? null,
    etag: space._etag,
  };
}

export function presentMember(member: MemberEntry): MemberResponse {
  return { userId: member.userId, name: member.name, role: member.role, addedAt: member.addedAt };
}

/** Members, managers first, then by name. */
export function presentMembers(space: StoredSpace): MemberResponse[] {
  return [...space.members]
    .sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.name.localeCompare(b.name))
    .map(presentMember);
}
