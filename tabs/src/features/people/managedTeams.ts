import { can, type SpaceResponse } from '@coachboard/api/domain';

/** The teams where the signed-in person may add people: they manage them and they are not archived (read-only). */
export const teamsToAddPeopleTo = (spaces: readonly SpaceResponse[]): SpaceResponse[] =>
  spaces.filter((space) => can(space.myRole, 'members.invite') && !space.archivedAt);
