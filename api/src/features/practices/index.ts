/** What other features may use of practices: the space's skill list. Other features import this module only. */
export { getSkills } from './queries.js';
