/** What other features may use of boards: whether a board exists (its summary), opening one for an opportunity. Other features import this module only. */
export { getSummary } from './queries.js';
export { createBoard } from './commands.js';
export { listSummaries } from './queries.js';
