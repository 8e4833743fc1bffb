/** What other features may use of role-plays: a rep's recent results, for coaching sessions. Other features import this module only. */
export { recentRoleplayEvidence } from './evidence.js';
