import * as boards from '../features/boards/endpoints.js';
import * as meetings from '../features/meetings/endpoints.js';
import * as notifications from '../features/notifications/endpoints.js';
import * as practices from '../features/practices/endpoints.js';
import * as roleplays from '../features/roleplays/endpoints.js';
import * as spaces from '../features/spaces/endpoints.js';
import * as system from '../features/system/endpoints.js';
import type { Services } from '../services.js';
import { handle, type Route } from './handle.js';

/**
 * The route table: the only routing there is. `index.ts` registers each entry with `app.http`;
 * the dev host serves the very same entries. `dev` adds the local sign-in routes.
 */
export function buildRoutes(services: () => Promise<Services>, options: { dev: boolean }): Route[] {
  const routes: Route[] = [
    handle(system.health, services),
    handle(system.me, services),
    handle(notifications.inboxList, services),
    handle(notifications.inboxRead, services),
    handle(notifications.notificationSettingsList, services),
    handle(notifications.notificationSettingsPut, services),
    handle(spaces.spacesList, services),
    handle(spaces.spacesCreate, services),
    handle(spaces.spacesGet, services),
    handle(spaces.spacesRename, services),
    handle(spaces.spacesBind, services),
    handle(spaces.membersList, services),
    handle(spaces.membersInvite, services),
    handle(spaces.membersChangeRole, services),
    handle(spaces.membersRemove, services),
    handle(meetings.meetingsList, services),
    handle(meetings.meetingsCreate, services),
    handle(meetings.meetingsGet, services),
    handle(meetings.meetingsUpdate, services),
    handle(meetings.meetingsNextWeek, services),
    handle(meetings.agendaItemsCreate, services),
    handle(meetings.agendaItemsUpdate, services),
    handle(meetings.agendaItemsDelete, services),
    handle(meetings.agendaItemsMove, services),
    handle(meetings.agendaItemsNeedsTheRoom, services),
    handle(meetings.digestGet, services),
    handle(meetings.digestAck, services),
    handle(meetings.meetingStateGet, services),
    handle(meetings.meetingStateRun, services),
    handle(meetings.capturesList, services),
    handle(meetings.capturesCreate, services),
    handle(meetings.capturesUpdate, services),
    handle(meetings.recapGet, services),
    handle(meetings.myActionsList, services),
    handle(practices.practicesList, services),
    handle(practices.practicesCreate, services),
    handle(practices.practiceDraftsCheck, services),
    handle(practices.practicesGet, services),
    handle(practices.practicesUpdate, services),
    handle(practices.practiceAdoptionsCreate, services),
    handle(practices.practiceOutcomePut, services),
    handle(practices.practiceProvenPut, services),
    handle(practices.practiceDiscussedPut, services),
    handle(practices.practiceSpotlightGet, services),
    handle(practices.practiceAgendaItemsCreate, services),
    handle(practices.practiceSpotlightsList, services),
    handle(practices.practiceContributionsList, services),
    handle(practices.skillsGet, services),
    handle(practices.skillsUpdate, services),
    handle(practices.myPracticeAdoptionsList, services),
    handle(practices.myPracticesList, services),
    handle(boards.boardsList, services),
    handle(boards.boardsCreate, services),
    handle(boards.boardsGet, services),
    handle(boards.boardVersionGet, services),
    handle(boards.boardCardsCreate, services),
    handle(boards.boardCardsUpdate, services),
    handle(boards.boardCardsDelete, services),
    handle(boards.boardCardsRestore, services),
    handle(boards.boardCardHistoryGet, services),
    handle(boards.boardStagesGet, services),
    handle(boards.boardStagesUpdate, services),
    handle(roleplays.competenciesGet, services),
    handle(roleplays.competenciesUpdate, services),
    handle(roleplays.scenariosList, services),
    handle(roleplays.scenariosCreate, services),
    handle(roleplays.scenariosGet, services),
    handle(roleplays.scenariosUpdate, services),
    handle(roleplays.scenariosInstallStarters, services),
    handle(roleplays.roleplaysList, services),
    handle(roleplays.roleplaysCreate, services),
    handle(roleplays.roleplaysGet, services),
    handle(roleplays.roleplaysUpdate, services),
    handle(roleplays.roleplayStateGet, services),
    handle(roleplays.roleplayStateRun, services),
    handle(roleplays.roleplayFeedbackPut, services),
    handle(roleplays.roleplaySelfAssessmentsCreate, services),
    handle(roleplays.roleplayDebriefGet, services),
    handle(roleplays.roleplayCoachingQuestionsCreate, services),
    handle(roleplays.roleplayNextStepPut, services),
    handle(roleplays.roleplayDraftsCheck, services),
    handle(roleplays.myRoleplaysList, services),
  ];
  if (options.dev) routes.push(handle(system.devUsers, services), handle(system.devToken, services));
  return routes;
}
