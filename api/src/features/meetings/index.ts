/**
 * What other features may use of meetings: reading meetings and agendas, and adding or changing the
 * agenda items they link (practices, boards, role-plays). Other features import this module only.
 */
export { addAgendaItem, updateAgendaItem } from './agenda.js';
export { itemDocId, type AgendaItemDoc, type MeetingDoc, type StoredItem } from './model.js';
export { presentItem } from './present.js';
export { getMeeting, listAgenda, listMeetings } from './queries.js';
