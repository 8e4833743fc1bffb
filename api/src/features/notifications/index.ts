/** What other features may use of notifications: the inbox is read through its endpoints only. */
export { INBOX_PAGE } from './queries.js';
