/*
 * The spaces feature's public module: what other features may use. Everything else in this folder
 * is the feature's own (see the feature boundaries in eslint.config.js).
 */
export { useAddPeople } from './mutations';
export { RoleBadge } from './RoleBadge';
export { roleMessage } from './roleMessage';
export type { SpaceData } from './SpaceScope';
export { useMembers, useMySpaces } from './queries';
