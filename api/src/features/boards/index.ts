/**
 * What other features may use of boards: whether a board exists (its summary), its cards, closing it
 * (the win/loss demo), opening one for an opportunity, and the board's etag. Other features import
 * this module only.
 */
export { setBoardClosing } from './closing.js';
export { createBoard } from './commands.js';
export type { StoredSummary } from './model.js';
export { boardEtag } from './present.js';
export { getSummary, listSummaries, queryBoardCards } from './queries.js';
