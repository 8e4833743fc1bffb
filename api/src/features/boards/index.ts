/** What other features may use of boards: whether a board exists (its summary). Other features import this module only. */
export { getSummary } from './queries.js';
