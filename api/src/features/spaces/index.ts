/**
 * What other features may use of spaces: member names, a person's spaces, the space document and
 * its partitions. Other features import this module only, never the files behind it.
 */
export { spacePk, userPk, type MemberEntry, type SpaceDoc, type StoredSpace } from './model.js';
export { nameOf } from './names.js';
export { listMySpaces } from './queries.js';
