import { MemberResponse, ProblemResponse, SpaceResponse } from '@coachboard/api/domain';
import { DevUser } from '../lib/api';

/** The demo space's id, as the dev host seeds it. */
export const SPACE_ID = 'a7e4c1d2-9b3f-4e6a-8c5d-1f2e3a4b5c6d';

/** A space as `GET /api/spaces/{id}` presents it to a member (checked against the contract). */
export function buildSpace(overrides: Partial<SpaceResponse> = {}): SpaceResponse {
  return SpaceResponse.parse({
    id: SPACE_ID,
    name: 'Northwind Sales',
    myRole: 'manager',
    memberCount: 3,
    bindings: [],
    createdAt: '2026-03-02T09:30:00.000Z',
    archivedAt: null,
    etag: '"etag-1"',
    ...overrides,
  });
}

/** A member as `GET /api/spaces/{id}/members` presents it (checked against the contract). */
export function buildMember(overrides: Partial<MemberResponse> = {}): MemberResponse {
  return MemberResponse.parse({
    userId: 'u-alex',
    name: 'Alex Wilber',
    role: 'rep',
    addedAt: '2026-03-02T09:31:00.000Z',
    ...overrides,
  });
}

/** The demo team: a manager, a rep and a contributor, managers first like the API sorts them. */
export function buildTeam(): MemberResponse[] {
  return [
    buildMember({ userId: 'u-megan', name: 'Megan Bowen', role: 'manager' }),
    buildMember({ userId: 'u-alex', name: 'Alex Wilber', role: 'rep' }),
    buildMember({ userId: 'u-isaiah', name: 'Isaiah Langer', role: 'contributor' }),
  ];
}

/** A demo user of the local sign-in. */
export function buildDevUser(overrides: Partial<DevUser> = {}): DevUser {
  return DevUser.parse({
    tenantId: '6f1c2d3e-4b5a-4c6d-8e7f-90a1b2c3d4e5',
    userId: 'u-megan',
    name: 'Megan Bowen',
    demoRole: 'manager',
    title: 'Sales manager',
    ...overrides,
  });
}

/** A problem+json body as the API's error mapper writes it. */
export function buildProblem(status: number, code: string, extra: Partial<ProblemResponse> = {}): ProblemResponse {
  return ProblemResponse.parse({
    type: `https://coachboard.dev/problems/${code}`,
    title: 'Problem.',
    status,
    code,
    ...extra,
  });
}
