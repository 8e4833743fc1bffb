/** What other features may use of role-plays: the competency list and a rep's own results. */
export { getCompetencies } from './queries.js';
export { listMyRoleplays } from './reports.js';
