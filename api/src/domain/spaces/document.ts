import type { Role, TeamsBinding } from './contract.js';

// The space document as stored: what the spaces feature writes and the access policy reads.

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
  /** Set while the space is archived: reads work, every write is refused (see `assertSpaceWritable`). */
  archivedAt?: string | null;
  archivedBy?: string | null;
  [field: string]: unknown;
}
