import type { agreementsMessages } from './en.agreements';
import type { barrierMessages } from './en.barriers';
import type { boardMessages } from './en.boards';
import type { coachingMessages } from './en.coaching';
import type { hiringMessages } from './en.hiring';
import type { lessonMessages } from './en.lessons';
import type { meetingMessages } from './en.meetings';
import type { notificationMessages } from './en.notifications';
import type { observationMessages } from './en.observations';
import type { opportunityMessages } from './en.opportunities';
import type { peopleMessages } from './en.people';
import type { practiceMessages } from './en.practices';
import type { roleplayDebriefMessages } from './en.roleplays.debrief';
import type { roleplayLibraryMessages } from './en.roleplays.library';
import type { roleplayRunMessages } from './en.roleplays.run';
import type { winlossMessages } from './en.winloss';

/**
 * The English texts every surface needs, in ICU message syntax. Ids are `<area>.<thing>`; each
 * capability's own texts are in its part (`en.<area>.ts`) and load with its views.
 */
export const en = {
  'app.name': 'Coachboard',
  'app.loading': 'Loading Coachboard…',
  'app.teamsFailed.title': 'Coachboard could not connect to Teams',
  'app.teamsFailed.body': 'Teams did not answer in time. Close the tab and open it again.',
  'app.pageFailed.title': 'This page could not be loaded',
  'app.pageFailed.body':
    'Reload the tab. If it keeps happening, the app may have just been updated: close and reopen Teams.',
  'app.reload': 'Reload',
  'confirm.cancel': 'Cancel',
  'status.done': 'Done',
  'status.overdue': 'Overdue',
  'status.dueSoon': 'Due soon',
  'app.anonymous.title': 'Coachboard needs a work account',
  'app.anonymous.body':
    'You joined this meeting without signing in, so Coachboard cannot show you the team’s agenda. Follow along on the shared screen, or join signed in with your work account.',
  'space.guest.title': 'You are a guest in this meeting',
  'space.guest.body':
    'Coachboard shows this sales team’s agenda and notes to its members only. Follow along on the shared screen; the team’s manager can add you if you should see more.',

  'role.manager': 'Manager',
  'role.rep': 'Sales rep',
  'role.contributor': 'Contributor',

  'space.memberCount': '{count, plural, one {# member} other {# members}}',
  'space.archivedFact': 'Archived: read-only',
  'space.archived.badge': 'Archived',
  'space.archived.restore': 'Restore this team',
  'space.archived.note':
    'This sales team is archived: everything reads as before, and nothing can be changed until a manager restores it.',
  'space.archive.open': 'Archive this team',
  'space.archive.title': 'Archive {name}?',
  'space.archive.body':
    'Everyone keeps reading the team’s meetings, boards and practices, but nothing can be changed, and its open items leave everyone’s lists. Nothing is deleted: a manager can restore it.',
  'space.archive.confirm': 'Archive',
  'space.lifecycle.cancel': 'Cancel',
  'space.lifecycle.failed': 'The change could not be made: {reason}',
  'space.bindings.heading': 'Where this team opens in Teams',
  'space.bindings.none': 'No channel or chat opens this team.',
  'space.bindings.channel': '{here, select, yes {A channel tab (this one)} other {A channel tab}}',
  'space.bindings.chat': '{here, select, yes {A meeting or group chat (this one)} other {A meeting or group chat}}',
  'space.bindings.unbind': 'Unbind',
  'space.bindings.unbindLabel': 'Unbind {what}',
  'space.bindings.unbindTitle': 'Unbind this tab?',
  'space.bindings.unbindBody':
    '{what} will no longer open this team; its members pick a team again there. The team and its data stay as they are.',
  'space.myRole': 'Your role: {role}',
  'space.createdOn': 'Created {date}',
  'space.membersHeading': 'Team members',
  'space.you': '(you)',
  'space.memberSince': 'Member since {date}',
  'space.loading': 'Loading your sales team…',
  'space.loadingList': 'Loading your sales teams…',
  'space.loadFailed': 'Couldn’t load this sales team',
  'space.listFailed': 'Couldn’t load your sales teams',
  'space.none.title': 'You are not in a sales team yet',
  'space.none.body':
    'Ask your sales manager to add you to their team, or create a team by adding Coachboard to a channel or meeting.',
  'space.none.createLink': 'Create a sales team',
  'space.choose.heading': 'Choose a sales team',
  'space.choose.body': 'You belong to several sales teams. Choose the one to show here.',
  'space.choose.open': 'Open {name}',
  'space.noMembers': 'Nobody else is in this team yet.',

  'error.notMember': 'This tab is linked to a sales team you are not a member of. Ask its manager to add you.',
  'error.forbidden': 'Your role in this sales team does not allow this. Ask one of the team’s managers.',
  'error.signIn.teams': 'Teams could not confirm who you are. Close the tab and open it again.',
  'error.signIn.local': 'Your sign-in has ended. Sign in again.',
  'error.network': 'Coachboard cannot reach its service. Check your connection, then try again.',
  'error.server': 'Something went wrong on our side. Try again in a moment.',
  'error.invalidResponse': 'This version of Coachboard does not understand the service’s answer. Reload the tab.',
  'error.unknown': 'Something went wrong. Try again.',
  'error.archived': 'This is archived and read-only. Restore it to change it.',
  'error.stale': 'Someone else changed this first. It now shows their version; try again.',
  'error.retry': 'Try again',

  'config.title': 'Set up Coachboard',
  'config.purpose':
    'Choose the sales team this tab belongs to, or create a new one. Its managers can add the rest of the team afterwards.',
  'config.chooseLabel': 'Sales team',
  'config.createOption': 'Create a new sales team',
  'config.nameLabel': 'Team name',
  'config.nameHint': 'For example “Northwind Sales” or “Enterprise East”.',
  'config.nameRequired': 'Enter a name for the team.',
  'config.nameTooLong': 'Use at most 80 characters.',
  'config.nameInvalid': 'Use letters, digits and punctuation only.',
  'config.save': 'Save',
  'config.saving': 'Saving…',
  'config.saveFailed': 'The tab could not be saved: {reason}',
  'config.hostSaves': 'Press Save when you have chosen a team.',
  'config.localSaves': 'Teams would show its own Save button here; in this browser, Save opens the tab.',
  'config.noSpaces': 'You are not in any sales team yet. Create one: you will be its manager.',
  'config.channelTabName': 'Sales room',
  'config.meetingTabName': 'Coachboard',

  'channel.title': 'Sales room',
  'channel.purpose':
    'Your sales team’s room in this channel: weekly meetings, account boards, practices that worked and role-play scenarios, shared by everyone on the roster below.',
  'channel.manageHeading': 'Manage the team',
  'channel.sections': 'Sales room sections',
  'channel.section.team': 'Team',
  'rename.label': 'Team name',
  'rename.submit': 'Rename',
  'rename.saving': 'Renaming…',
  'rename.done': 'The team is now called {name}.',
  'rename.conflict':
    'Someone else changed this team while you were editing. The latest version is loaded: check the name and rename again.',
  'field.required': 'This field is required.',
  'field.tooLong': 'This is too long.',
  'field.invalidId': 'Use only letters, digits and . _ : @ -',
  'field.invalid': 'Check this value.',
  'members.roleOf': 'Role of {name}',
  'members.remove': 'Remove',
  'members.removeLabel': 'Remove {name}',
  'members.removeTitle': 'Remove {name} from the team?',
  'members.removeConfirm': 'Yes, remove {name}',
  'members.cancel': 'Cancel',
  'members.lastManager': 'A sales team needs at least one manager. Make someone else a manager first.',
  'members.changeFailed': 'The change was not saved: {reason}',
  'members.roleChanged': '{name} is now {role}.',
  'members.removed': '{name} was removed from the team.',

  'details.title': 'Meeting prep',
  'details.purpose':
    'Build the agenda before the meeting: time for account strategy, role-plays of difficult customer cases and practices worth spreading. Status updates go to the pre-read instead.',
  'details.invitees': 'Who this meeting is for',

  'sidepanel.title': 'Run the meeting',
  'sidepanel.purpose':
    'Keep the meeting on track: the current item and its timebox, and quick capture of decisions and actions.',
  'sidepanel.share': 'Share to stage',
  'sidepanel.sharing': 'Sharing…',
  'sidepanel.shared': 'Shared to the meeting stage.',
  'sidepanel.shareFailed': 'Sharing to the stage did not work: {reason}',
  'sidepanel.openStage': 'Open the stage view',

  'stage.title': 'Meeting stage',
  'stage.purpose':
    'What everyone in the meeting looks at: the current board, the role-play timer and the practice spotlight.',
  'stage.roster': 'Team',

  'chat.title': 'Meeting recap',
  'chat.purpose':
    'After the meeting: the decisions taken, the actions with their owners, and the time each item took against its plan.',
  'chat.owners': 'Who can own actions',

  'personal.title': 'My coaching',
  'personal.purpose':
    'Your coaching across every sales team you are in: the action items you own, the practices you are trying and your role-plays over time.',
  'personal.summary':
    '{managed, plural, =0 {} one {You manage # team. } other {You manage # teams. }}{total, plural, one {You are in # sales team.} other {You are in # sales teams.}}',
  'personal.teamsHeading': 'My sales teams',

  'landing.title': 'Coachboard',
  'landing.purpose':
    'Open each Teams surface of Coachboard in this browser. In Teams, these pages appear as tabs, in meetings and in the personal app.',
  'landing.spaceLabel': 'Sales team shown on the surfaces',
  'landing.surfacesHeading': 'Surfaces',
  'landing.config': 'Tab configuration',
  'landing.config.about': 'Pick or create the sales team a tab belongs to.',
  'landing.channel': 'Sales room',
  'landing.channel.about': 'The channel tab of the sales team.',
  'landing.details': 'Meeting details',
  'landing.details.about': 'The meeting details tab: the agenda before the meeting.',
  'landing.sidepanel': 'Meeting side panel',
  'landing.sidepanel.about': 'The in-meeting side panel, 280–320 pixels wide.',
  'landing.stage': 'Meeting stage',
  'landing.stage.about': 'The shared meeting stage everyone sees.',
  'landing.chat': 'Meeting chat',
  'landing.chat.about': 'The meeting chat tab: the recap after the meeting.',
  'landing.personal': 'My coaching',
  'landing.personal.about': 'The personal app: coaching across all my teams.',

  'notFound.title': 'Page not found',
  'notFound.body': 'This address is not part of Coachboard.',
  'notFound.home': 'Go to the start page',

  'signin.title': 'Sign in to Coachboard',
  'signin.purpose':
    'Local mode: choose a demo person to sign in as. Inside Teams you are signed in with your work account instead.',
  'signin.expired': 'Your session ended. Sign in again to continue.',
  'signin.listLabel': 'Demo people',
  'signin.as': 'Sign in as {name}',
  'signin.button': 'Sign in',
  'signin.notInTeam': 'Not in the demo team',
  'signin.loading': 'Loading demo people…',
  'signin.failed': 'Couldn’t load the demo people',
  'signin.unavailable':
    'Local sign-in is only available when the API runs in development mode. Start it with npm start.',
  'signin.tokenFailed': 'Signing in did not work: {reason}',

  'localbar.label': 'Local session',
  'localbar.signedInAs': 'Signed in as {name}',
  'localbar.theme': 'Theme',
  'localbar.theme.default': 'Light',
  'localbar.theme.dark': 'Dark',
  'localbar.theme.contrast': 'High contrast',
  'localbar.signOut': 'Sign out',
  'localbar.home': 'All surfaces',

  'meetings.section.label': 'Meetings',

  'boards.section': 'Boards',
  'practices.section': 'Practices',
  // The channel tab's section label is drawn before the role-play code (and its texts) loads.
  'roleplays.library.section': 'Role-plays',
  'observations.section': 'Coaching',
  'winloss.section': 'Win/loss',
  'lessons.section': 'Lessons',
  'opportunities.section': 'Opportunities',
  'barriers.section': 'Barriers',
  'hiring.section': 'Hiring',
} as const;

/**
 * A valid message id: of `en` (texts every surface needs), or of an area's part (`en.<area>.ts`),
 * whose texts load with the area's views (i18n/withMessages.tsx) rather than with every surface's
 * first render.
 */
export type MessageId =
  | keyof typeof en
  | keyof typeof agreementsMessages
  | keyof typeof boardMessages
  | keyof typeof coachingMessages
  | keyof typeof hiringMessages
  | keyof typeof lessonMessages
  | keyof typeof meetingMessages
  | keyof typeof observationMessages
  | keyof typeof opportunityMessages
  | keyof typeof notificationMessages
  | keyof typeof peopleMessages
  | keyof typeof practiceMessages
  | keyof typeof roleplayLibraryMessages
  | keyof typeof roleplayRunMessages
  | keyof typeof roleplayDebriefMessages
  | keyof typeof winlossMessages
  | keyof typeof barrierMessages;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
