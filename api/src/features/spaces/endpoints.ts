import {
  AddBindingBody,
  AddMembersBody,
  ChangeRoleBody,
  CreateSpaceBody,
  MemberParams,
  RenameSpaceBody,
  SpaceParams,
} from '../../domain/index.js';
import { defineEndpoint } from '../../http/handle.js';
import { addPeople, bindSpace, changeRole, createSpace, inviteMember, removeMember, renameSpace } from './commands.js';
import { presentMembers, presentSpace } from './present.js';
import { listMySpaces } from './queries.js';

export const spacesList = defineEndpoint({
  name: 'spaces-list',
  method: 'GET',
  route: 'spaces',
  access: 'signedIn',
  async run({ principal, services }) {
    const spaces = await listMySpaces(services.store, principal);
    return { body: { items: spaces.map((s) => presentSpace(s, principal.userId)) } };
  },
});

export const spacesCreate = defineEndpoint({
  name: 'spaces-create',
  method: 'POST',
  route: 'spaces',
  access: 'signedIn',
  body: CreateSpaceBody,
  async run({ principal, body, services }) {
    const space = await createSpace(services.store, principal, body);
    return {
      status: 201,
      body: presentSpace(space, principal.userId),
      etag: space._etag,
      headers: { location: `/api/spaces/${space.spaceId}` },
    };
  },
});

export const spacesGet = defineEndpoint({
  name: 'spaces-get',
  method: 'GET',
  route: 'spaces/{spaceId}',
  access: { space: 'space.read' },
  params: SpaceParams,
  async run({ access: { space }, principal }) {
    return { body: presentSpace(space, principal.userId), etag: space._etag };
  },
});

export const spacesRename = defineEndpoint({
  name: 'spaces-rename',
  method: 'PATCH',
  route: 'spaces/{spaceId}',
  access: { space: 'space.rename' },
  params: SpaceParams,
  body: RenameSpaceBody,
  ifMatch: 'required',
  async run({ access, principal, body, ifMatch, services }) {
    const space = await renameSpace(services.store, access, body.name, ifMatch);
    return { body: presentSpace(space, principal.userId), etag: space._etag };
  },
});

export const spacesBind = defineEndpoint({
  name: 'spaces-bind',
  method: 'POST',
  route: 'spaces/{spaceId}/bindings',
  access: { space: 'space.bind' },
  params: SpaceParams,
  body: AddBindingBody,
  async run({ access, principal, body, services }) {
    const space = await bindSpace(services.store, access, body.binding);
    return { body: presentSpace(space, principal.userId), etag: space._etag };
  },
});

export const membersList = defineEndpoint({
  name: 'members-list',
  method: 'GET',
  route: 'spaces/{spaceId}/members',
  access: { space: 'members.read' },
  params: SpaceParams,
  async run({ access: { space } }) {
    return { body: { items: presentMembers(space) }, etag: space._etag };
  },
});

export const membersInvite = defineEndpoint({
  name: 'members-invite',
  method: 'POST',
  route: 'spaces/{spaceId}/members',
  access: { space: 'members.invite' },
  params: SpaceParams,
  // One person (409 when already a member), or `{people: […]}` from the people picker: per person
  // idempotent, 201 when someone was added, 200 when everyone already belonged.
  body: AddMembersBody,
  async run({ access, body, services }) {
    if ('people' in body) {
      const { space, added, alreadyMembers } = await addPeople(services.store, access, body);
      const answer = { items: presentMembers(space), added, alreadyMembers };
      return { status: added.length > 0 ? 201 : 200, body: answer, etag: space._etag };
    }
    const space = await inviteMember(services.store, access, body);
    return { status: 201, body: { items: presentMembers(space) }, etag: space._etag };
  },
});

export const membersChangeRole = defineEndpoint({
  name: 'members-change-role',
  method: 'PATCH',
  route: 'spaces/{spaceId}/members/{userId}',
  access: { space: 'members.changeRole' },
  params: MemberParams,
  body: ChangeRoleBody,
  async run({ access, params, body, services }) {
    const space = await changeRole(services.store, access, params.userId, body);
    return { body: { items: presentMembers(space) }, etag: space._etag };
  },
});

export const membersRemove = defineEndpoint({
  name: 'members-remove',
  method: 'DELETE',
  route: 'spaces/{spaceId}/members/{userId}',
  // Anyone may leave; removing someone else needs `members.remove` (see removeMember).
  access: { space: 'space.read' },
  params: MemberParams,
  async run({ access, params, services }) {
    await removeMember(services.store, access, params.userId);
    return {};
  },
});
