import type { SpaceDoc } from '../../domain/index.js';
import type { Stored } from '../../store/port.js';

export type { MemberEntry, SpaceDoc } from '../../domain/index.js';
export { spacePk, userPk } from '../../store/partitions.js';

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

export const mySpaceId = (spaceId: string): string => `space|${spaceId}`;
