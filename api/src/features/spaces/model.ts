import type { Role, TeamsBinding } from '../../domain/index.js';
import type { Stored } from '../../store/port.js';

/** A member as stored inside the space document. */
export interface MemberEntry {
  userId: string;
  name: string;
  role: Role;
  addedAt: string;
}

/**
 * The space document. Members live inside it so that authorizing any request in a space is one
 * point read; membership changes are rare and serialised by the etag.
 */
export interface SpaceDoc {
  id: 'space';
  pk: string;
  type: 'space';
  spaceId: string;
  tenantId: string;
  name: string;
  members: MemberEntry[];
  bindings: TeamsBinding[];
  createdAt: string;
  createdBy: string;
  [field: string]: unknown;
}

/** A person's index entry "I belong to this space", in their own partition. */
export interface MySpaceDoc {
  id: string;
  pk: string;
  type: 'mySpace';
  spaceId: string;
  joinedAt: string;
  [field: string]: unknown;
}

export type StoredSpace = Stored<SpaceDoc>;

/** Partition of one sales team's data. */
export const spacePk = (tenantId: string, spaceId: string): string => `${tenantId}|${spaceId}`;
/** Partition of one person's own index. */
export const userPk = (tenantId: string, userId: string): string => `${tenantId}|user|${userId}`;
export const mySpaceId = (spaceId: string): string => `space|${spaceId}`;
