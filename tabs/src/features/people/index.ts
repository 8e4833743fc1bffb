/*
 * The people feature's public module. Choosing a person anywhere in the app (owners, casts,
 * observers, assignees) goes through PersonPicker; adding people to a space through AddPeople
 * (pages load it on demand through lazyViews: LazyAddPeople, LazyAddPeopleToTeams, LazyTeamAddPeople).
 */
export { AddPeople, type AddPeopleProps } from './AddPeople';
export { PersonPicker, type PersonChoice, type PersonPickerProps } from './PersonPicker';
export { teamsToAddPeopleTo } from './managedTeams';
