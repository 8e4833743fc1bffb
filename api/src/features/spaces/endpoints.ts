import { authorizeSpace } from '../../auth/policy.js';
import {
  AddBindingBody,
  ChangeRoleBody,
  CreateSpaceBody,
  InviteMemberBody,
  MemberParams,
  RenameSpaceBody,
  SpaceParams,
} from '../../domain/index.js';
import type { Endpoint } from '../../http/handle.js';
import { bindSpace, changeRole, createSpace, inviteMember, removeMember, renameSpace } from './commands.js';
import { presentMembers, presentSpace } from './present.js';
import { listMySpaces } from './queries.js';

export const spacesList = {
  name: 'spaces-list',
  method: 'GET',
  route: 'spaces',
  authenticated: true,
  async run({ principal, services }) {
    const spaces = await listMySpaces(services.store, principal);
    return { body: { items: spaces.map((s) => presentSpace(s, principal.userId)) } };
  },
} satisfies Endpoint<true, undefined, undefined, undefined>;

export const spacesCreate = {
  name: 'spaces-create',
  method: 'POST',
  route: 'spaces',
  authenticated: true,
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
} satisfies Endpoint<true, undefined, undefined, typeof CreateSpaceBody>;

export const spacesGet = {
  name: 'spaces-get',
  method: 'GET',
  route: 'spaces/{spaceId}',
  authenticated: true,
  params: SpaceParams,
  async run({ principal, params, services }) {
    const { space } = await authorizeSpace(services.store, principal, params.spaceId, 'space.read');
    return { body: presentSpace(space, principal.userId), etag: space._etag };
  },
} satisfies Endpoint<true, typeof SpaceParams, undefined, undefined>;

export const spacesRename = {
  name: 'spaces-rename',
  method: 'PATCH',
  route: 'spaces/{spaceId}',
  authenticated: true,
  params: SpaceParams,
  body: RenameSpaceBody,
  ifMatch: 'required',
  async run({ principal, params, body, ifMatch, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'space.rename');
    const space = await renameSpace(services.store, access, body.name, ifMatch ?? '');
    return { body: presentSpace(space, principal.userId), etag: space._etag };
  },
} satisfies Endpoint<true, typeof SpaceParams, undefined, typeof RenameSpaceBody>;

export const spacesBind = {
  name: 'spaces-bind',
  method: 'POST',
  route: 'spaces/{spaceId}/bindings',
  authenticated: true,
  params: SpaceParams,
  body: AddBindingBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'space.bind');
    const space = await bindSpace(services.store, access, body.binding);
    return { body: presentSpace(space, principal.userId), etag: space._etag };
  },
} satisfies Endpoint<true, typeof SpaceParams, undefined, typeof AddBindingBody>;

export const membersList = {
  name: 'members-list',
  method: 'GET',
  route: 'spaces/{spaceId}/members',
  authenticated: true,
  params: SpaceParams,
  async run({ principal, params, services }) {
    const { space } = await authorizeSpace(services.store, principal, params.spaceId, 'members.read');
    return { body: { items: presentMembers(space) }, etag: space._etag };
  },
} satisfies Endpoint<true, typeof SpaceParams, undefined, undefined>;

export const membersInvite = {
  name: 'members-invite',
  method: 'POST',
  route: 'spaces/{spaceId}/members',
  authenticated: true,
  params: SpaceParams,
  body: InviteMemberBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'members.invite');
    const space = await inviteMember(services.store, access, body);
    return { status: 201, body: { items: presentMembers(space) }, etag: space._etag };
  },
} satisfies Endpoint<true, typeof SpaceParams, undefined, typeof InviteMemberBody>;

export const membersChangeRole = {
  name: 'members-change-role',
  method: 'PATCH',
  route: 'spaces/{spaceId}/members/{userId}',
  authenticated: true,
  params: MemberParams,
  body: ChangeRoleBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'members.changeRole');
    const space = await changeRole(services.store, access, params.userId, body);
    return { body: { items: presentMembers(space) }, etag: space._etag };
  },
} satisfies Endpoint<true, typeof MemberParams, undefined, typeof ChangeRoleBody>;

export const membersRemove = {
  name: 'members-remove',
  method: 'DELETE',
  route: 'spaces/{spaceId}/members/{userId}',
  authenticated: true,
  params: MemberParams,
  async run({ principal, params, services }) {
    // Anyone may leave; removing someone else needs the manager's right.
    const action = params.userId === principal.userId ? 'space.read' : 'members.remove';
    const access = await authorizeSpace(services.store, principal, params.spaceId, action);
    await removeMember(services.store, access, params.userId);
    return {};
  },
} satisfies Endpoint<true, typeof MemberParams, undefined, undefined>;
